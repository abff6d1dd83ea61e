//! Names of domain values in the user's language. The domain knows `Form::Ring`; only the UI knows that
//! it is "Cincin" in Bahasa Indonesia.

use leptos_i18n::I18nContext;

use crate::domain::{Finish, Form, Lang, Problem, Technique};
use crate::i18n::{Locale, t_string};

type I18n = I18nContext<Locale>;

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
    }
}
