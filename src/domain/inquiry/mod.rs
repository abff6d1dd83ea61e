//! A buyer's inquiry or request for quote: what the form holds while being typed (a draft, which may be
//! anything), the rules that turn it into a valid inquiry, and the JSON body sent to the collective.

pub mod outbox;
pub mod shortlist;

use serde::{Deserialize, Serialize};

use crate::domain::catalogue::item::ItemRef;
use crate::domain::catalogue::model::{Catalogue, Finish, Lang};
use crate::domain::inquiry::shortlist::{MAX_QTY, ShortlistItem};
use crate::domain::pricing::format::{self, Currency};
use crate::domain::pricing::price::quote;
use crate::domain::shared::encoding::percent_encode;

pub const NAME_LEN: (usize, usize) = (2, 80);
pub const COMPANY_MAX: usize = 120;
pub const COUNTRY_LEN: (usize, usize) = (2, 60);
pub const MESSAGE_MAX: usize = 2000;
/// Without designs attached, the message is the whole inquiry, so it must say something.
pub const MESSAGE_MIN_ALONE: usize = 10;
pub const EMAIL_MAX: usize = 254;
/// E.164: at most 15 digits including the country code; fewer than 8 is no real number.
pub const PHONE_DIGITS: (usize, usize) = (8, 15);
pub const MAX_LINES: usize = 100;

/// How the buyer wants the inquiry to travel.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Route {
    /// The collective's inquiry endpoint, through the outbox (retried until delivered).
    #[default]
    Endpoint,
    Whatsapp,
    Email,
}

impl Route {
    pub fn key(self) -> &'static str {
        match self {
            Route::Endpoint => "endpoint",
            Route::Whatsapp => "whatsapp",
            Route::Email => "email",
        }
    }

    /// The route an inquiry really takes: a kiosk always uses the outbox (the visitor's phone is not the
    /// stand's screen, and staff export what has no endpoint); without an endpoint the default becomes
    /// WhatsApp.
    pub fn effective(self, kiosk: bool, has_endpoint: bool) -> Route {
        if kiosk {
            Route::Endpoint
        } else if !has_endpoint && self == Route::Endpoint {
            Route::Whatsapp
        } else {
            self
        }
    }

    pub fn from_key(s: &str) -> Option<Route> {
        [Route::Endpoint, Route::Whatsapp, Route::Email]
            .into_iter()
            .find(|r| r.key() == s)
    }
}

/// What the form holds, exactly as typed. Kept on the device while the buyer types, so nothing is lost on
/// an error, a reload or a crash.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct InquiryDraft {
    pub name: String,
    pub company: String,
    pub country: String,
    pub email: String,
    pub whatsapp: String,
    pub language: String,
    pub message: String,
    pub consent: bool,
    pub route: Route,
    /// The honeypot: hidden from people, filled by simple bots.
    pub website: String,
    #[serde(skip)]
    pub items: Vec<ShortlistItem>,
    /// The currency the buyer reads prices in, set by the form when it is sent.
    #[serde(skip)]
    pub currency: Option<Currency>,
}

/// Kept as JSON; an empty form is stored as nothing, and anything unreadable starts an empty form.
impl crate::domain::shared::stored::StoredForm for InquiryDraft {
    fn to_stored(&self) -> String {
        if *self == InquiryDraft::default() {
            String::new()
        } else {
            serde_json::to_string(self).unwrap_or_default()
        }
    }

    fn from_stored(stored: &str) -> Self {
        serde_json::from_str(stored).unwrap_or_default()
    }

    fn unreadable(stored: &str) -> bool {
        !stored.trim().is_empty() && serde_json::from_str::<InquiryDraft>(stored).is_err()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Name,
    Company,
    Country,
    Email,
    Whatsapp,
    Language,
    Message,
    Consent,
    /// The quantity of the n-th design line.
    Quantity(usize),
    Items,
}

impl Field {
    /// The form control's id, so an error summary can link to the field it names.
    pub fn control_id(self) -> String {
        match self {
            Field::Name => "inq-name".into(),
            Field::Company => "inq-company".into(),
            Field::Country => "inq-country".into(),
            Field::Email => "inq-email".into(),
            Field::Whatsapp => "inq-whatsapp".into(),
            Field::Language => "inq-language".into(),
            Field::Message => "inq-message".into(),
            Field::Consent => "inq-consent".into(),
            Field::Quantity(i) => format!("inq-qty-{i}"),
            Field::Items => "inq-items".into(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    Required,
    TooShort {
        min: usize,
    },
    TooLong {
        max: usize,
    },
    EmailShape,
    /// A phone number must start with + and a country code.
    NeedsCountryCode,
    PhoneDigits {
        min: usize,
        max: usize,
    },
    /// Neither an e-mail address nor a WhatsApp number was given.
    NeedOneContact,
    ConsentRequired,
    QuantityRange {
        min: u32,
        max: u32,
    },
    UnknownLanguage,
    /// A design in the request is no longer in the catalogue.
    UnknownDesign,
    TooMany {
        max: usize,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: Field,
    pub rule: Rule,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Rejection {
    Invalid(Vec<FieldError>),
    /// The honeypot was filled: drop it without telling the bot.
    Bot,
}

/// One design of a request, with the workshop that makes it, so each workshop can get its own part.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InquiryLine {
    /// Written as the item's key under its first name, `design`, which receivers and stored outboxes
    /// already read: a design's id, or for a custom request `sketch:motif+trend` or `mix:` with every
    /// parameter of the mixer's design ([`crate::domain::Mix::key`]).
    #[serde(rename = "design", with = "crate::domain::catalogue::item::as_key")]
    pub item: ItemRef,
    pub workshop: String,
    pub qty: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finish: Option<Finish>,
    /// The price of one piece as the buyer saw it; absent for one priced on request (and in inquiries
    /// stored before prices travelled with them).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<ShownPrice>,
}

/// A price as the buyer read it: the rupiah quote, the currency they read prices in, and the amount
/// written as their reply language writes it ("13,80 €"), so that the maker answers the same figure.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShownPrice {
    pub unit_idr: u64,
    pub currency: Currency,
    pub unit_shown: String,
}

/// A valid inquiry: trimmed, the phone number in international form, empty optionals absent.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Inquiry {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    pub country: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub whatsapp: Option<String>,
    pub language: String,
    pub message: String,
    pub consent: bool,
    /// Which consent text (and privacy notice) the buyer agreed to: [`CONSENT_VERSION`] when sent.
    /// Empty in inquiries stored before versions were kept.
    #[serde(default)]
    pub consent_version: String,
    #[serde(default)]
    pub route: Route,
    #[serde(default)]
    pub items: Vec<InquiryLine>,
}

/// The version of the consent text and the privacy notice (`inq_consent`, the `privacy_*` texts). Change
/// it whenever their meaning changes in any language: each inquiry records the one its buyer agreed to.
pub const CONSENT_VERSION: &str = "2026-12-05";

impl Inquiry {
    pub fn lang(&self) -> Lang {
        Lang::parse(&self.language).unwrap_or_default()
    }

    /// The workshops concerned, in the order their designs appear.
    pub fn workshops(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for l in &self.items {
            if !out.contains(&l.workshop) {
                out.push(l.workshop.clone());
            }
        }
        out
    }

    pub fn lines_for<'a>(&'a self, workshop: &'a str) -> impl Iterator<Item = &'a InquiryLine> {
        self.items.iter().filter(move |l| l.workshop == workshop)
    }
}

fn chars(s: &str) -> usize {
    s.chars().count()
}

fn length(field: Field, value: &str, min: usize, max: usize, errors: &mut Vec<FieldError>) {
    let n = chars(value);
    let rule = if n == 0 && min > 0 {
        Rule::Required
    } else if n < min {
        Rule::TooShort { min }
    } else if n > max {
        Rule::TooLong { max }
    } else {
        return;
    };
    errors.push(FieldError { field, rule });
}

/// A plausible address: one @, something before it, a dotted domain after it, no spaces.
pub fn email_shape_ok(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && local.len() <= 64
        && !domain.contains('@')
        && !s.chars().any(|c| c.is_whitespace() || c.is_control())
        && domain.contains('.')
        && domain
            .split('.')
            .all(|label| !label.is_empty() && !label.starts_with('-') && !label.ends_with('-'))
}

/// `+62 812-3456-7890` → `+6281234567890`; spaces, dots, dashes and brackets are allowed while typing.
pub fn normalise_phone(s: &str) -> Result<String, Rule> {
    let s = s.trim();
    let Some(rest) = s.strip_prefix('+') else {
        return Err(Rule::NeedsCountryCode);
    };
    let mut digits = String::new();
    for c in rest.chars() {
        match c {
            '0'..='9' => digits.push(c),
            ' ' | '-' | '.' | '(' | ')' => {}
            _ => {
                return Err(Rule::PhoneDigits {
                    min: PHONE_DIGITS.0,
                    max: PHONE_DIGITS.1,
                });
            }
        }
    }
    if digits.starts_with('0') {
        // A country code never starts with 0: "+0812…" is a local number with a + in front.
        return Err(Rule::NeedsCountryCode);
    }
    if digits.len() < PHONE_DIGITS.0 || digits.len() > PHONE_DIGITS.1 {
        return Err(Rule::PhoneDigits {
            min: PHONE_DIGITS.0,
            max: PHONE_DIGITS.1,
        });
    }
    Ok(format!("+{digits}"))
}

/// Checks every field at once, so the buyer sees every problem in one go.
pub fn validate(draft: &InquiryDraft, catalogue: &Catalogue) -> Result<Inquiry, Rejection> {
    if !draft.website.trim().is_empty() {
        return Err(Rejection::Bot);
    }
    let mut errors = Vec::new();
    let name = draft.name.trim();
    length(Field::Name, name, NAME_LEN.0, NAME_LEN.1, &mut errors);
    let company = draft.company.trim();
    length(Field::Company, company, 0, COMPANY_MAX, &mut errors);
    let country = draft.country.trim();
    length(
        Field::Country,
        country,
        COUNTRY_LEN.0,
        COUNTRY_LEN.1,
        &mut errors,
    );

    let email = draft.email.trim();
    let whatsapp = draft.whatsapp.trim();
    if email.is_empty() && whatsapp.is_empty() {
        errors.push(FieldError {
            field: Field::Email,
            rule: Rule::NeedOneContact,
        });
    }
    if !email.is_empty() {
        if chars(email) > EMAIL_MAX {
            errors.push(FieldError {
                field: Field::Email,
                rule: Rule::TooLong { max: EMAIL_MAX },
            });
        } else if !email_shape_ok(email) {
            errors.push(FieldError {
                field: Field::Email,
                rule: Rule::EmailShape,
            });
        }
    }
    let phone = if whatsapp.is_empty() {
        None
    } else {
        match normalise_phone(whatsapp) {
            Ok(p) => Some(p),
            Err(rule) => {
                errors.push(FieldError {
                    field: Field::Whatsapp,
                    rule,
                });
                None
            }
        }
    };

    let language = draft.language.trim();
    let language = if language.is_empty() { "id" } else { language };
    if Lang::ALL.iter().all(|l| l.code() != language) {
        errors.push(FieldError {
            field: Field::Language,
            rule: Rule::UnknownLanguage,
        });
    }

    let message = draft.message.trim();
    let min = if draft.items.is_empty() {
        MESSAGE_MIN_ALONE
    } else {
        0
    };
    length(Field::Message, message, min, MESSAGE_MAX, &mut errors);

    if draft.items.len() > MAX_LINES {
        errors.push(FieldError {
            field: Field::Items,
            rule: Rule::TooMany { max: MAX_LINES },
        });
    }
    let reader = Lang::parse(language).unwrap_or_default();
    let currency = draft
        .currency
        .unwrap_or_else(|| Currency::default_for(reader));
    let shown = |unit_idr: u64| ShownPrice {
        unit_idr,
        currency,
        unit_shown: format::amount(unit_idr, currency, &catalogue.settings.rates, reader),
    };
    let mut items = Vec::new();
    for (i, item) in draft.items.iter().enumerate().take(MAX_LINES) {
        if !(1..=MAX_QTY).contains(&item.qty) {
            errors.push(FieldError {
                field: Field::Quantity(i),
                rule: Rule::QuantityRange {
                    min: 1,
                    max: MAX_QTY,
                },
            });
        }
        let design = match &item.item {
            ItemRef::Design(id) => catalogue.design(id),
            _ => None,
        };
        match design {
            Some(d) => items.push(InquiryLine {
                item: item.item.clone(),
                workshop: d.workshop.clone(),
                qty: item.qty,
                size: item.size.clone(),
                finish: item.finish,
                price: quote(&catalogue.settings, d, item.size.as_deref(), item.finish)
                    .map(|p| shown(p.idr)),
            }),
            // A custom request (the compare studio's sketch, the mixer's design) goes to the collective,
            // which picks a workshop.
            None if let Some(estimate) = catalogue.custom_estimate(&item.item) => {
                items.push(InquiryLine {
                    item: item.item.clone(),
                    workshop: String::new(),
                    qty: item.qty,
                    size: None,
                    finish: item.finish,
                    price: estimate.price.map(|p| shown(p.idr)),
                })
            }
            None => errors.push(FieldError {
                field: Field::Quantity(i),
                rule: Rule::UnknownDesign,
            }),
        }
    }

    if !draft.consent {
        errors.push(FieldError {
            field: Field::Consent,
            rule: Rule::ConsentRequired,
        });
    }
    if !errors.is_empty() {
        return Err(Rejection::Invalid(errors));
    }
    let opt = |s: &str| (!s.is_empty()).then(|| s.to_owned());
    Ok(Inquiry {
        name: name.to_owned(),
        company: opt(company),
        country: country.to_owned(),
        email: opt(email),
        whatsapp: phone,
        language: language.to_owned(),
        message: message.to_owned(),
        consent: true,
        consent_version: CONSENT_VERSION.to_owned(),
        route: draft.route,
        items,
    })
}

/// The body POSTed to the inquiry endpoint (documented in the README).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct InquiryBody<'a> {
    pub id: &'a str,
    pub created_at: String,
    #[serde(flatten)]
    pub inquiry: &'a Inquiry,
}

/// The message a workshop receives by WhatsApp or e-mail: its own designs only, plain text.
pub fn handoff_text(inquiry: &Inquiry, workshop: Option<&str>, labels: &HandoffLabels) -> String {
    let mut out = String::new();
    out.push_str(labels.greeting);
    out.push_str("\n\n");
    let lines: Vec<&InquiryLine> = match workshop {
        Some(w) => inquiry.lines_for(w).collect(),
        None => inquiry.items.iter().collect(),
    };
    for l in lines {
        let key = l.item.key();
        let name = (labels.item_name)(&l.item).unwrap_or_else(|| key.clone());
        out.push_str(&format!("• {} × {name} ({key})", l.qty));
        if let Some(s) = &l.size {
            out.push_str(&format!(", {} {s}", labels.size));
        }
        if let Some(f) = l.finish {
            out.push_str(&format!(", {}", f.key()));
        }
        out.push('\n');
    }
    if !inquiry.message.is_empty() {
        out.push('\n');
        out.push_str(&inquiry.message);
        out.push('\n');
    }
    out.push('\n');
    out.push_str(&inquiry.name);
    if let Some(c) = &inquiry.company {
        out.push_str(&format!(", {c}"));
    }
    out.push_str(&format!(" ({})", inquiry.country));
    for contact in [&inquiry.email, &inquiry.whatsapp].into_iter().flatten() {
        out.push('\n');
        out.push_str(contact);
    }
    out
}

/// The few words of a hand-off message that are not the buyer's own, in the buyer's language, and
/// how items are named in it.
pub struct HandoffLabels<'a> {
    pub greeting: &'static str,
    pub size: &'static str,
    /// An item's name in the buyer's language; `None` for what the catalogue no longer has.
    pub item_name: &'a dyn Fn(&ItemRef) -> Option<String>,
}

/// `wa.me` wants the number as digits only.
pub fn wa_me_link(number: &str, text: &str) -> String {
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    format!("https://wa.me/{digits}?text={}", percent_encode(text))
}

pub fn mailto_link(address: &str, subject: &str, body: &str) -> String {
    format!(
        "mailto:{address}?subject={}&body={}",
        percent_encode(subject),
        percent_encode(body)
    )
}
