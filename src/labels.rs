//! Names of domain values in the user's language. The domain knows `Form::Ring`; only the UI knows that
//! it is "Cincin" in Bahasa Indonesia.

use crate::domain::browse::FacetKind;
use crate::domain::{Finish, Form, Lang, MotifFamily, Problem, Technique, pricing::format};
use crate::i18n::{Locale, t_string, td_string};

type I18n = crate::i18n::I18n;

pub fn form(i18n: I18n, form: Form) -> String {
    match form {
        Form::Ring => t_string!(i18n, form_ring),
        Form::Stud => t_string!(i18n, form_stud),
        Form::DropEarring => t_string!(i18n, form_drop_earring),
        Form::Hoop => t_string!(i18n, form_hoop),
        Form::Pendant => t_string!(i18n, form_pendant),
        Form::Necklace => t_string!(i18n, form_necklace),
        Form::Bracelet => t_string!(i18n, form_bracelet),
        Form::Cuff => t_string!(i18n, form_cuff),
        Form::Brooch => t_string!(i18n, form_brooch),
        Form::Tiara => t_string!(i18n, form_tiara),
    }
    .to_string()
}

pub fn technique(i18n: I18n, technique: Technique) -> String {
    match technique {
        Technique::Filigree => t_string!(i18n, technique_filigree),
        Technique::Granulation => t_string!(i18n, technique_granulation),
        Technique::Repousse => t_string!(i18n, technique_repousse),
        Technique::Casting => t_string!(i18n, technique_casting),
        Technique::Hammered => t_string!(i18n, technique_hammered),
    }
    .to_string()
}

pub fn motif_family(i18n: I18n, family: MotifFamily) -> String {
    match family {
        MotifFamily::MajapahitSun => t_string!(i18n, family_majapahit_sun),
        MotifFamily::Lotus => t_string!(i18n, family_lotus),
        MotifFamily::Kawung => t_string!(i18n, family_kawung),
        MotifFamily::Scroll => t_string!(i18n, family_scroll),
        MotifFamily::Rosette => t_string!(i18n, family_rosette),
        MotifFamily::KalaMakara => t_string!(i18n, family_kala_makara),
        MotifFamily::MojokertoBatik => t_string!(i18n, family_mojokerto_batik),
        MotifFamily::Geometric => t_string!(i18n, family_geometric),
    }
    .to_string()
}

pub fn finish(i18n: I18n, finish: Finish) -> String {
    match finish {
        Finish::Polished => t_string!(i18n, finish_polished),
        Finish::Oxidised => t_string!(i18n, finish_oxidised),
        Finish::Matte => t_string!(i18n, finish_matte),
        Finish::Hammered => t_string!(i18n, finish_hammered),
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
