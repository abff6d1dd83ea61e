//! Numbers as each language writes them: Indonesian uses a decimal comma and a thousands dot.

use crate::domain::catalogue::model::Lang;

/// `value` with at most `decimals` decimals, trailing zeros dropped ("12,5" / "12.5", "3" not "3,0").
pub fn decimal(value: f64, decimals: usize, lang: Lang) -> String {
    if !value.is_finite() {
        return "–".to_owned();
    }
    let fixed = format!("{:.*}", decimals, value.abs());
    let (int_part, frac_part) = match fixed.split_once('.') {
        Some((i, f)) => (i.to_owned(), f.trim_end_matches('0').to_owned()),
        None => (fixed, String::new()),
    };
    let (thousands, point) = match lang {
        Lang::Id => ('.', ','),
        Lang::En => (',', '.'),
    };
    let mut grouped = String::with_capacity(int_part.len() + int_part.len() / 3);
    for (i, c) in int_part.chars().enumerate() {
        if i > 0 && (int_part.len() - i) % 3 == 0 {
            grouped.push(thousands);
        }
        grouped.push(c);
    }
    let sign = if value < 0.0
        && (grouped.bytes().any(|b| b != b'0' && b.is_ascii_digit()) || !frac_part.is_empty())
    {
        "-"
    } else {
        ""
    };
    if frac_part.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}{point}{frac_part}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indonesian_uses_decimal_comma_and_thousands_dot() {
        assert_eq!(decimal(12.5, 1, Lang::Id), "12,5");
        assert_eq!(decimal(45000.0, 0, Lang::Id), "45.000");
        assert_eq!(decimal(1234567.25, 2, Lang::Id), "1.234.567,25");
    }

    #[test]
    fn english_uses_decimal_point_and_thousands_comma() {
        assert_eq!(decimal(12.5, 1, Lang::En), "12.5");
        assert_eq!(decimal(45000.0, 0, Lang::En), "45,000");
    }

    #[test]
    fn trailing_zeros_and_odd_values() {
        assert_eq!(decimal(3.0, 1, Lang::Id), "3");
        assert_eq!(decimal(0.04, 1, Lang::En), "0");
        assert_eq!(decimal(-2.5, 1, Lang::En), "-2.5");
        assert_eq!(decimal(f64::NAN, 1, Lang::En), "–");
        assert_eq!(decimal(999.0, 0, Lang::Id), "999");
    }
}

/// Year, month and day of an ISO date (YYYY-MM-DD), if it is one.
pub fn date_parts(iso: &str) -> Option<(u16, u8, u8)> {
    let mut it = iso.splitn(3, '-');
    let y = it.next()?.parse().ok()?;
    let m = it.next()?.parse().ok().filter(|m| (1..=12).contains(m))?;
    let d = it.next()?.parse().ok().filter(|d| (1..=31).contains(d))?;
    Some((y, m, d))
}

/// Rupiah as a shop writes them: "Rp 295.000" (or "Rp 295,000" in English).
pub fn rupiah(idr: u64, lang: Lang) -> String {
    format!("Rp {}", decimal(idr as f64, 0, lang))
}

#[cfg(test)]
mod more_tests {
    use super::*;

    #[test]
    fn dates_and_rupiah() {
        assert_eq!(date_parts("2026-01-16"), Some((2026, 1, 16)));
        assert_eq!(date_parts("2026-13-01"), None);
        assert_eq!(date_parts("kemarin"), None);
        assert_eq!(rupiah(2_920_000, Lang::Id), "Rp 2.920.000");
        assert_eq!(rupiah(295_000, Lang::En), "Rp 295,000");
    }
}
