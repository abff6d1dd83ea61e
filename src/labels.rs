//! Names of domain values in the user's language. The domain knows `Form::Ring`; only the UI knows that
//! it is "Cincin" in Bahasa Indonesia.

use crate::domain::browse::FacetKind;
use crate::domain::studio::mixer::Mix;
use crate::domain::{
    Catalogue, Finish, Form, ItemRef, Lang, MotifFamily, Problem, Technique, pricing::format,
};
use crate::i18n::{Locale, t_string, td_string};

type I18n = crate::i18n::I18n;

/// Where a label's language comes from: an `I18n` context's current language (read reactively, so a view
/// follows a switch), or a given one (a hand-off message is written in the buyer's).
pub trait InLang: Copy {
    fn locale(self) -> Locale;
}

impl InLang for I18n {
    fn locale(self) -> Locale {
        self.get_locale()
    }
}

impl InLang for Locale {
    fn locale(self) -> Locale {
        self
    }
}

pub fn form(lang: impl InLang, form: Form) -> String {
    let l = lang.locale();
    match form {
        Form::Ring => td_string!(l, form_ring),
        Form::Stud => td_string!(l, form_stud),
        Form::DropEarring => td_string!(l, form_drop_earring),
        Form::Hoop => td_string!(l, form_hoop),
        Form::Pendant => td_string!(l, form_pendant),
        Form::Necklace => td_string!(l, form_necklace),
        Form::Bracelet => td_string!(l, form_bracelet),
        Form::Cuff => td_string!(l, form_cuff),
        Form::Brooch => td_string!(l, form_brooch),
        Form::Tiara => td_string!(l, form_tiara),
    }
    .to_string()
}

pub fn technique(lang: impl InLang, technique: Technique) -> String {
    let l = lang.locale();
    match technique {
        Technique::Filigree => td_string!(l, technique_filigree),
        Technique::Granulation => td_string!(l, technique_granulation),
        Technique::Repousse => td_string!(l, technique_repousse),
        Technique::Casting => td_string!(l, technique_casting),
        Technique::Hammered => td_string!(l, technique_hammered),
    }
    .to_string()
}

pub fn motif_family(lang: impl InLang, family: MotifFamily) -> String {
    let l = lang.locale();
    match family {
        MotifFamily::MajapahitSun => td_string!(l, family_majapahit_sun),
        MotifFamily::Lotus => td_string!(l, family_lotus),
        MotifFamily::Kawung => td_string!(l, family_kawung),
        MotifFamily::Scroll => td_string!(l, family_scroll),
        MotifFamily::Rosette => td_string!(l, family_rosette),
        MotifFamily::KalaMakara => td_string!(l, family_kala_makara),
        MotifFamily::MojokertoBatik => td_string!(l, family_mojokerto_batik),
        MotifFamily::Geometric => td_string!(l, family_geometric),
    }
    .to_string()
}

pub fn finish(lang: impl InLang, finish: Finish) -> String {
    let l = lang.locale();
    match finish {
        Finish::Polished => td_string!(l, finish_polished),
        Finish::Oxidised => td_string!(l, finish_oxidised),
        Finish::Matte => td_string!(l, finish_matte),
        Finish::Hammered => td_string!(l, finish_hammered),
    }
    .to_string()
}

pub fn language(i18n: I18n, lang: Lang) -> String {
    match lang {
        Lang::Id => t_string!(i18n, lang_name_id),
        Lang::En => t_string!(i18n, lang_name_en),
        Lang::De => t_string!(i18n, lang_name_de),
        Lang::Fr => t_string!(i18n, lang_name_fr),
        Lang::Nl => t_string!(i18n, lang_name_nl),
    }
    .to_string()
}

/// Where a data problem is: its file, entry and field, as far as known.
pub fn location(i18n: I18n, e: &crate::domain::LoadError) -> String {
    let mut parts = vec![t_string!(i18n, error_location_file, file = e.file).to_string()];
    if let Some(entry) = &e.entry {
        parts.push(t_string!(i18n, error_location_entry, entry = entry.as_str()).to_string());
    }
    if let Some(field) = &e.field {
        parts.push(t_string!(i18n, error_location_field, field = field.as_str()).to_string());
    }
    parts.join(", ")
}

/// One sentence saying what is wrong with a catalogue entry.
pub fn problem(i18n: I18n, problem: &Problem) -> String {
    match problem {
        Problem::FileMissing => t_string!(i18n, problem_file_missing).to_string(),
        Problem::FileUnreachable { detail } => {
            t_string!(i18n, problem_file_unreachable, detail = detail.as_str()).to_string()
        }
        Problem::NotJson { line, column } => {
            t_string!(i18n, problem_not_json, line = *line, column = *column).to_string()
        }
        Problem::UnsupportedVersion { found } => {
            t_string!(i18n, problem_unsupported_version, found = found.as_str()).to_string()
        }
        Problem::MissingField => t_string!(i18n, problem_missing_field).to_string(),
        Problem::WrongType { detail } => {
            t_string!(i18n, problem_wrong_type, detail = detail.as_str()).to_string()
        }
        Problem::UnknownValue { value } => {
            t_string!(i18n, problem_unknown_value, value = value.as_str()).to_string()
        }
        Problem::DuplicateId { id } => {
            t_string!(i18n, problem_duplicate_id, id = id.as_str()).to_string()
        }
        Problem::BadId { id } => t_string!(i18n, problem_bad_id, id = id.as_str()).to_string(),
        Problem::UnknownWorkshop { id } => {
            t_string!(i18n, problem_unknown_workshop, id = id.as_str()).to_string()
        }
        Problem::UnknownMotif { id } => {
            t_string!(i18n, problem_unknown_motif, id = id.as_str()).to_string()
        }
        Problem::OutOfRange { value, min, max } => t_string!(
            i18n,
            problem_out_of_range,
            value = value.as_str(),
            min = min.as_str(),
            max = max.as_str()
        )
        .to_string(),
        Problem::UnknownFineness { value } => {
            t_string!(i18n, problem_unknown_fineness, value = *value).to_string()
        }
        Problem::MissingTranslation { lang } => t_string!(
            i18n,
            problem_missing_translation,
            lang = language(i18n, *lang)
        )
        .to_string(),
        Problem::BadDate { value } => {
            t_string!(i18n, problem_bad_date, value = value.as_str()).to_string()
        }
        Problem::Empty => t_string!(i18n, problem_empty).to_string(),
        Problem::NoExternalSource => t_string!(i18n, problem_no_external_source).to_string(),
        Problem::BadUrl { value } => {
            t_string!(i18n, problem_bad_url, value = value.as_str()).to_string()
        }
        Problem::NotANumber { value } => {
            t_string!(i18n, problem_not_a_number, value = value.as_str()).to_string()
        }
        Problem::BadPhotoPath { value } => {
            t_string!(i18n, problem_bad_photo_path, value = value.as_str()).to_string()
        }
    }
}

/// "16 Jan 2026" / "16 Jan 2026": short month names from the translations; an unreadable date is shown as is.
pub fn date(i18n: I18n, iso: &str) -> String {
    let locale = i18n.get_locale();
    let Some((year, m, day)) = format::date_parts(iso) else {
        return iso.to_owned();
    };
    td_string!(
        locale,
        date_format,
        day = day,
        month = month(locale, m),
        year = year
    )
}

/// A month's short name ("janv.", "Okt."), as dates write it.
pub fn month(l: Locale, m: u8) -> &'static str {
    match m {
        1 => td_string!(l, month_1),
        2 => td_string!(l, month_2),
        3 => td_string!(l, month_3),
        4 => td_string!(l, month_4),
        5 => td_string!(l, month_5),
        6 => td_string!(l, month_6),
        7 => td_string!(l, month_7),
        8 => td_string!(l, month_8),
        9 => td_string!(l, month_9),
        10 => td_string!(l, month_10),
        11 => td_string!(l, month_11),
        _ => td_string!(l, month_12),
    }
}

pub fn facet(i18n: I18n, kind: FacetKind) -> String {
    match kind {
        FacetKind::Form => t_string!(i18n, label_form),
        FacetKind::Motif => t_string!(i18n, label_motifs),
        FacetKind::Technique => t_string!(i18n, label_techniques),
        FacetKind::Finish => t_string!(i18n, label_finish),
        FacetKind::Fineness => t_string!(i18n, label_fineness),
        FacetKind::Workshop => t_string!(i18n, label_workshop),
        FacetKind::Price => t_string!(i18n, label_price),
        FacetKind::Weight => t_string!(i18n, label_weight),
    }
    .to_string()
}

/// The name of a price band or weight band key.
pub fn band(i18n: I18n, kind: FacetKind, key: &str) -> String {
    match (kind, key) {
        (FacetKind::Price, "lt250k") => t_string!(i18n, band_price_lt250k),
        (FacetKind::Price, "250k-500k") => t_string!(i18n, band_price_250k_500k),
        (FacetKind::Price, "500k-1m") => t_string!(i18n, band_price_500k_1m),
        (FacetKind::Price, "1m-2500k") => t_string!(i18n, band_price_1m_2500k),
        (FacetKind::Price, "gt2500k") => t_string!(i18n, band_price_gt2500k),
        (FacetKind::Price, _) => t_string!(i18n, price_on_request),
        (_, "lt3") => t_string!(i18n, band_weight_lt3),
        (_, "3-10") => t_string!(i18n, band_weight_3_10),
        (_, "10-25") => t_string!(i18n, band_weight_10_25),
        (_, "25-50") => t_string!(i18n, band_weight_25_50),
        _ => t_string!(i18n, band_weight_gt50),
    }
    .to_string()
}

/// The visible name of one facet value.
pub fn facet_value(
    i18n: I18n,
    lang: Lang,
    c: &crate::domain::Catalogue,
    kind: FacetKind,
    key: &str,
) -> String {
    match kind {
        FacetKind::Form => Form::from_key(key).map(|f| form(i18n, f)),
        FacetKind::Motif => c.motif(key).map(|m| m.name.get(lang).to_owned()),
        FacetKind::Technique => Technique::from_key(key).map(|t| technique(i18n, t)),
        FacetKind::Finish => Finish::from_key(key).map(|f| finish(i18n, f)),
        FacetKind::Fineness => Some(key.to_owned()),
        FacetKind::Workshop => c.workshop(key).map(|w| w.name.clone()),
        FacetKind::Price | FacetKind::Weight => Some(band(i18n, kind, key)),
    }
    .unwrap_or_else(|| key.to_owned())
}

/// The name a validation message uses for a field.
pub fn inquiry_field(i18n: I18n, field: crate::domain::inquiry::Field) -> String {
    use crate::domain::inquiry::Field;
    match field {
        Field::Name => t_string!(i18n, field_name),
        Field::Company => t_string!(i18n, field_company),
        Field::Country => t_string!(i18n, field_country),
        Field::Email => t_string!(i18n, field_email),
        Field::Whatsapp => t_string!(i18n, field_whatsapp),
        Field::Language => t_string!(i18n, field_language),
        Field::Message => t_string!(i18n, field_message),
        Field::Consent | Field::Quantity(_) | Field::Items => t_string!(i18n, field_items),
    }
    .to_string()
}

/// A validation message that names the field and what is wrong with it. `design_name` names the design
/// of a quantity line.
pub fn inquiry_error(
    i18n: I18n,
    error: crate::domain::inquiry::FieldError,
    design_name: &str,
) -> String {
    use crate::domain::inquiry::Rule;
    let field = inquiry_field(i18n, error.field);
    match error.rule {
        Rule::Required => t_string!(i18n, err_required, field = field).to_string(),
        Rule::TooShort { min } => {
            t_string!(i18n, err_too_short, field = field, min = min).to_string()
        }
        Rule::TooLong { max } => {
            t_string!(i18n, err_too_long, field = field, max = max).to_string()
        }
        Rule::EmailShape => t_string!(i18n, err_email_shape).to_string(),
        Rule::NeedsCountryCode => t_string!(i18n, err_needs_country_code).to_string(),
        Rule::PhoneDigits { min, max } => {
            t_string!(i18n, err_phone_digits, min = min, max = max).to_string()
        }
        Rule::NeedOneContact => t_string!(i18n, err_need_one_contact).to_string(),
        Rule::ConsentRequired => t_string!(i18n, err_consent).to_string(),
        Rule::QuantityRange { min, max } => {
            t_string!(i18n, err_quantity, name = design_name, min = min, max = max).to_string()
        }
        Rule::UnknownLanguage => t_string!(i18n, err_language).to_string(),
        Rule::UnknownDesign => t_string!(i18n, err_unknown_design, name = design_name).to_string(),
        Rule::TooMany { max } => t_string!(i18n, err_too_many, max = max).to_string(),
    }
}

pub fn board_problem(i18n: I18n, p: &crate::domain::studio::boards::BoardProblem) -> String {
    use crate::domain::studio::boards::BoardProblem;
    match p {
        BoardProblem::NameRequired => t_string!(i18n, board_name_required).to_string(),
        BoardProblem::NameTooLong { max } => {
            t_string!(i18n, board_name_too_long, max = *max).to_string()
        }
        BoardProblem::NoteTooLong { max } => {
            t_string!(i18n, board_note_too_long, max = *max).to_string()
        }
        BoardProblem::TooManyBoards { max } => {
            t_string!(i18n, board_too_many_boards, max = *max).to_string()
        }
        BoardProblem::TooManyItems { max } => {
            t_string!(i18n, board_too_many_items, max = *max).to_string()
        }
        BoardProblem::NotABoardsFile { detail } => {
            t_string!(i18n, board_not_a_file, detail = detail.clone()).to_string()
        }
        BoardProblem::FileTooLarge { max_mb } => {
            t_string!(i18n, board_file_too_large, max = *max_mb).to_string()
        }
    }
}

pub fn scale(i18n: I18n, s: crate::domain::Scale) -> String {
    use crate::domain::Scale;
    match s {
        Scale::Fine => t_string!(i18n, scale_fine),
        Scale::Medium => t_string!(i18n, scale_medium),
        Scale::Chunky => t_string!(i18n, scale_chunky),
    }
    .to_string()
}

/// A size as the data writes it: numbers and letters stay as they are; "standar" (one-size pieces) is a
/// word and is translated.
pub fn size(i18n: I18n, size: &str) -> String {
    if size == "standar" {
        t_string!(i18n, size_standard).to_string()
    } else {
        size.to_owned()
    }
}

/// Any item's name: the catalogue's for what it holds, and for a mixer design its form and motif.
/// `None` for what the catalogue no longer has.
pub fn item_name(lang: impl InLang, c: &Catalogue, item: &ItemRef) -> Option<String> {
    let l = lang.locale();
    match item {
        ItemRef::Mix(m) => Some(mix_name(l, m)),
        _ => c.item_name(item, l),
    }
}

pub fn mix_name(lang: impl InLang, m: &Mix) -> String {
    let l = lang.locale();
    td_string!(
        l,
        mixer_name,
        form = form(l, m.form),
        motif = motif_family(l, m.motif)
    )
}

/// The name of a mixer link parameter (`count`, `tech`, …); what a count counts depends on the family.
pub fn mix_field(lang: impl InLang, field: &str, family: MotifFamily) -> String {
    let l = lang.locale();
    match field {
        "form" => td_string!(l, label_form),
        "motif" => td_string!(l, mixer_motif),
        "count" => match family {
            MotifFamily::MajapahitSun => td_string!(l, mixer_count_rays),
            MotifFamily::Scroll => td_string!(l, mixer_count_scrolls),
            _ => td_string!(l, mixer_count_petals),
        },
        "density" => td_string!(l, mixer_density),
        "size" => td_string!(l, label_size),
        "tech" => td_string!(l, label_techniques),
        "finish" => td_string!(l, label_finish),
        "from" => td_string!(l, mixer_from),
        "vary" => td_string!(l, mixer_variations_title),
        _ => td_string!(l, label_fineness),
    }
    .to_string()
}

/// A mixer link parameter's value as the controls name it (a form's name, not its key); "unknown" for
/// none.
pub fn mix_value(lang: impl InLang, field: &str, value: &str) -> String {
    let l = lang.locale();
    let named = match field {
        "form" => Form::from_key(value).map(|f| form(l, f)),
        "motif" => MotifFamily::from_key(value).map(|f| motif_family(l, f)),
        "finish" => Finish::from_key(value).map(|f| finish(l, f)),
        "tech" => Some(
            value
                .split(',')
                .filter_map(Technique::from_key)
                .map(|t| technique(l, t))
                .collect::<Vec<_>>()
                .join(", "),
        ),
        "size" => Some(td_string!(l, mixer_size_value, percent = value)),
        "density" => Some(td_string!(l, mixer_density_value, value = value)),
        "fineness" => value.parse::<u16>().ok().map(|f| fineness(l, f)),
        _ => None,
    };
    named
        .filter(|n| !n.is_empty())
        .or_else(|| (!value.is_empty()).then(|| value.to_owned()))
        .unwrap_or_else(|| td_string!(l, attr_unknown).to_string())
}

/// Every parameter of a mixer design but the two its name gives ("Number of rays: 12; Density: 3 of
/// 5; …"), so that two designs with one name can be told apart in a list.
pub fn mix_details(lang: impl InLang, m: &Mix) -> String {
    let l = lang.locale();
    m.to_pairs()
        .into_iter()
        .filter(|(field, _)| !matches!(*field, "form" | "motif"))
        .map(|(field, value)| {
            format!(
                "{}: {}",
                mix_field(l, field, m.motif),
                mix_value(l, field, &value)
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// A fineness with its share of silver: "925 (92,5% perak)".
pub fn fineness(lang: impl InLang, fineness: u16) -> String {
    let l = lang.locale();
    td_string!(
        l,
        fineness_value,
        value = fineness,
        percent = format::decimal(f64::from(fineness) / 10.0, 1, l)
    )
}

/// Why a file could not become a photo, naming the file as the maker's device did.
pub fn photo_problem(i18n: I18n, name: &str, problem: &perak_photo::PhotoProblem) -> String {
    use perak_photo::PhotoProblem;
    let name = name.to_owned();
    match problem {
        PhotoProblem::TooLarge { bytes, max } => {
            let mb = |b: u64| format!("{:.1}", b as f64 / (1024.0 * 1024.0));
            t_string!(
                i18n,
                photo_too_large,
                name = name,
                size = mb(*bytes),
                max = mb(*max)
            )
            .to_string()
        }
        PhotoProblem::TooManyPixels { width, height, max } => t_string!(
            i18n,
            photo_too_many_pixels,
            name = name,
            width = *width,
            height = *height,
            max = *max / 1_000_000
        )
        .to_string(),
        PhotoProblem::NotAnImage => t_string!(i18n, photo_not_an_image, name = name).to_string(),
        PhotoProblem::Damaged => t_string!(i18n, photo_damaged, name = name).to_string(),
        PhotoProblem::WorkerFailed => t_string!(i18n, photo_worker_failed, name = name).to_string(),
    }
}
