//! From a file's text to typed entries: JSON syntax, the document's shape, and each entry's fields,
//! with every failure located by file, entry and field.

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::{DataFile, Fetched, LoadError, Problem};
use crate::domain::catalogue::model::FORMAT_VERSION;

pub(super) fn parse_document(
    file: DataFile,
    fetched: Fetched,
    errors: &mut Vec<LoadError>,
) -> Option<Value> {
    let text = match fetched {
        Fetched::Text(t) => t,
        Fetched::Missing => {
            errors.push(LoadError::new(file, None, None, Problem::FileMissing));
            return None;
        }
        Fetched::Unreachable(detail) => {
            errors.push(LoadError::new(
                file,
                None,
                None,
                Problem::FileUnreachable { detail },
            ));
            return None;
        }
    };
    let doc: Value = match serde_json::from_str(&text) {
        Ok(v) => v,
        Err(e) => {
            errors.push(LoadError::new(
                file,
                None,
                None,
                Problem::NotJson {
                    line: e.line(),
                    column: e.column(),
                },
            ));
            return None;
        }
    };
    match doc.get("version") {
        None => {
            errors.push(LoadError::new(
                file,
                None,
                Some("version"),
                Problem::MissingField,
            ));
            return None;
        }
        Some(v) if v.as_u64() != Some(u64::from(FORMAT_VERSION)) => {
            errors.push(LoadError::new(
                file,
                None,
                Some("version"),
                Problem::UnsupportedVersion {
                    found: v.to_string(),
                },
            ));
            return None;
        }
        Some(_) => {}
    }
    let section = file.section();
    match doc {
        Value::Object(mut map) => match map.remove(section) {
            Some(v) => Some(v),
            None => {
                errors.push(LoadError::new(
                    file,
                    None,
                    Some(section),
                    Problem::MissingField,
                ));
                None
            }
        },
        _ => None,
    }
}

pub(super) fn parse_single<T: DeserializeOwned>(
    file: DataFile,
    fetched: Fetched,
    errors: &mut Vec<LoadError>,
) -> Option<T> {
    let value = parse_document(file, fetched, errors)?;
    match deserialize_entry::<T>(value) {
        Ok(t) => Some(t),
        Err((field, problem)) => {
            let field = format!("{}.{}", file.section(), field);
            errors.push(LoadError::new(
                file,
                None,
                Some(field.trim_end_matches('.')),
                problem,
            ));
            None
        }
    }
}

pub(super) fn parse_list<T: DeserializeOwned>(
    file: DataFile,
    fetched: Fetched,
    errors: &mut Vec<LoadError>,
) -> Option<Vec<T>> {
    let value = parse_document(file, fetched, errors)?;
    let Value::Array(items) = value else {
        errors.push(LoadError::new(
            file,
            None,
            Some(file.section()),
            Problem::WrongType {
                detail: "expected a list".into(),
            },
        ));
        return None;
    };
    let before = errors.len();
    let mut parsed = Vec::with_capacity(items.len());
    for (index, item) in items.into_iter().enumerate() {
        let entry = entry_label(&item, index);
        match deserialize_entry::<T>(item) {
            Ok(t) => parsed.push(t),
            Err((field, problem)) => {
                let field = (!field.is_empty()).then_some(field);
                errors.push(LoadError::new(
                    file,
                    Some(&entry),
                    field.as_deref(),
                    problem,
                ));
            }
        }
    }
    if errors.len() > before {
        return None;
    }
    if parsed.is_empty() {
        errors.push(LoadError::new(
            file,
            None,
            Some(file.section()),
            Problem::Empty,
        ));
        return None;
    }
    Some(parsed)
}

fn entry_label(item: &Value, index: usize) -> String {
    match item.get("id").and_then(Value::as_str) {
        Some(id) if !id.trim().is_empty() => id.to_owned(),
        _ => format!("#{}", index + 1),
    }
}

/// Deserialises one entry, reporting the failing field's path and the kind of failure.
///
/// serde's errors from a `Value` say what was wrong but not where; the offending value is found again in
/// the entry to name the field. (A path-tracking deserialiser did this exactly but doubled the loader's
/// share of the wasm.)
fn deserialize_entry<T: DeserializeOwned>(value: Value) -> Result<T, (String, Problem)> {
    T::deserialize(&value).map_err(|err| {
        let message = err.to_string();
        classify(&value, &message)
    })
}

fn classify(entry: &Value, message: &str) -> (String, Problem) {
    if let Some(name) = between(message, "missing field `", "`") {
        let field = find_missing(entry, name, "").unwrap_or_else(|| name.to_owned());
        return (field, Problem::MissingField);
    }
    if let Some(value) = between(message, "unknown variant `", "`") {
        let path = find(entry, &|v| v.as_str() == Some(value), "").unwrap_or_default();
        return (
            path,
            Problem::UnknownValue {
                value: value.to_owned(),
            },
        );
    }
    let found = message
        .strip_prefix("invalid type: ")
        .or_else(|| message.strip_prefix("invalid value: "))
        .and_then(|rest| rest.split(", expected").next())
        .and_then(|unexpected| find(entry, &|v| describes(unexpected, v), ""));
    (
        found.unwrap_or_default(),
        Problem::WrongType {
            detail: message.to_owned(),
        },
    )
}

/// Whether serde's description of an unexpected value ("string \"x\"", "integer `5`", "null", "map"…)
/// fits `v`.
fn describes(unexpected: &str, v: &Value) -> bool {
    let quoted = |prefix: &str| {
        unexpected
            .strip_prefix(prefix)
            .map(|r| r.trim_matches(|c| c == '`' || c == '"'))
    };
    match v {
        Value::Null => unexpected == "null" || unexpected == "unit value",
        Value::Bool(b) => quoted("boolean ") == Some(if *b { "true" } else { "false" }),
        Value::Number(n) => [quoted("integer "), quoted("floating point ")]
            .into_iter()
            .flatten()
            .any(|text| text.parse::<f64>().ok() == n.as_f64()),
        Value::String(s) => quoted("string ") == Some(s.as_str()),
        Value::Array(_) => unexpected == "sequence",
        Value::Object(_) => unexpected == "map",
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

/// The path of the first value in `v` that `pred` accepts, depth first.
fn find(v: &Value, pred: &dyn Fn(&Value) -> bool, path: &str) -> Option<String> {
    match v {
        Value::Object(map) => map.iter().find_map(|(k, child)| {
            let p = join(path, k);
            if pred(child) {
                Some(p)
            } else {
                find(child, pred, &p)
            }
        }),
        Value::Array(items) => items.iter().enumerate().find_map(|(i, child)| {
            let p = format!("{path}[{i}]");
            if pred(child) {
                Some(p)
            } else {
                find(child, pred, &p)
            }
        }),
        _ => None,
    }
}

/// Field sets of the structs nested inside entries, to tell whose field a missing one is.
const NESTED_FIELDS: &[&[&str]] = &[
    &["width_mm", "height_mm", "depth_mm"],
    &["size", "finish", "weight_g"],
    &["src", "alt", "width", "height"],
    &["title", "publisher", "year"],
    &["idr_per_gram", "date", "source"],
    &["technique", "idr_per_gram"],
    &["idr_per_eur", "idr_per_usd", "date"],
    &["scale", "texture", "finish"],
];

/// Where the missing field `name` belongs: inside the first nested object that has a sibling of it and
/// lacks it, otherwise on the entry itself.
fn find_missing(v: &Value, name: &str, path: &str) -> Option<String> {
    let owns = |obj: &serde_json::Map<String, Value>| {
        !obj.contains_key(name)
            && NESTED_FIELDS.iter().any(|set| {
                set.contains(&name) && set.iter().any(|f| *f != name && obj.contains_key(*f))
            })
    };
    let Value::Object(map) = v else { return None };
    for (k, child) in map {
        let p = join(path, k);
        match child {
            Value::Object(inner) if owns(inner) => return Some(join(&p, name)),
            Value::Object(_) => {
                if let Some(found) = find_missing(child, name, &p) {
                    return Some(found);
                }
            }
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    let ip = format!("{p}[{i}]");
                    match item {
                        Value::Object(inner) if owns(inner) => return Some(join(&ip, name)),
                        Value::Object(_) => {
                            if let Some(found) = find_missing(item, name, &ip) {
                                return Some(found);
                            }
                        }
                        _ => {}
                    }
                }
            }
            _ => {}
        }
    }
    None
}

fn between<'a>(s: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let rest = s.strip_prefix(start)?;
    rest.split(end).next()
}
