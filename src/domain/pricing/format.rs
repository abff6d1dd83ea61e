//! Numbers, money and dates as each language writes them. Indonesian, German and Dutch group thousands
//! with a dot and use a decimal comma; French groups with a narrow no-break space; English the other way
//! round. Amounts in the reader's display currency are conversions at the catalogue's dated rates: the
//! quote itself is always in rupiah.

use serde::{Deserialize, Serialize};

use crate::domain::catalogue::model::{Lang, Rates};

/// The no-break space between an amount and its symbol, so that a line never breaks inside a price.
const NBSP: char = '\u{a0}';

fn separators(lang: Lang) -> (&'static str, char) {
    match lang {
        Lang::Id | Lang::De | Lang::Nl => (".", ','),
        Lang::En => (",", '.'),
        // CLDR's French grouping: U+202F, a narrow no-break space.
        Lang::Fr => ("\u{202f}", ','),
    }
}

fn group(int_part: &str, thousands: &str) -> String {
    let mut grouped = String::with_capacity(int_part.len() + int_part.len() / 3 * thousands.len());
    for (i, c) in int_part.chars().enumerate() {
        if i > 0 && (int_part.len() - i).is_multiple_of(3) {
            grouped.push_str(thousands);
        }
        grouped.push(c);
    }
    grouped
}

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
    let (thousands, point) = separators(lang);
    let grouped = group(&int_part, thousands);
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

/// The currencies a price can be shown in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Currency {
    Idr,
    Eur,
    Usd,
}

impl Currency {
    pub const ALL: [Currency; 3] = [Currency::Idr, Currency::Eur, Currency::Usd];

    pub fn code(self) -> &'static str {
        match self {
            Currency::Idr => "IDR",
            Currency::Eur => "EUR",
            Currency::Usd => "USD",
        }
    }

    pub fn parse(code: &str) -> Option<Currency> {
        Currency::ALL
            .into_iter()
            .find(|c| c.code().eq_ignore_ascii_case(code.trim()))
    }

    /// What a reader of `lang` sees first until they choose: euros for the export buyers of Germany,
    /// France and the Netherlands, rupiah for everyone else.
    pub fn default_for(lang: Lang) -> Currency {
        match lang {
            Lang::De | Lang::Fr | Lang::Nl => Currency::Eur,
            Lang::Id | Lang::En => Currency::Idr,
        }
    }

    /// The digits after the decimal sign: none for rupiah, cents for the others.
    fn decimals(self) -> u32 {
        match self {
            Currency::Idr => 0,
            Currency::Eur | Currency::Usd => 2,
        }
    }

    fn symbol(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Currency::Idr, _) => "Rp",
            (Currency::Eur, _) => "€",
            (Currency::Usd, Lang::Fr) => "$\u{a0}US",
            (Currency::Usd, Lang::De) => "$",
            (Currency::Usd, _) => "US$",
        }
    }
}

/// An amount in a currency's smallest unit (rupiah, cents), as the reader's language writes money:
/// "Rp 295.000", "€1,234.50", "1.234,50 €", "1 234,50 €", "€ 1.234,50".
pub fn money(minor: u64, currency: Currency, lang: Lang) -> String {
    let scale = 10u64.pow(currency.decimals());
    let (thousands, point) = separators(lang);
    let mut number = group(&(minor / scale).to_string(), thousands);
    if currency.decimals() > 0 {
        number.push(point);
        number.push_str(&format!(
            "{:0width$}",
            minor % scale,
            width = currency.decimals() as usize
        ));
    }
    let symbol = currency.symbol(lang);
    match (lang, currency) {
        // Rupiah as Indonesian shops write them, kept for English readers too.
        (Lang::Id | Lang::En, Currency::Idr) => format!("{symbol} {number}"),
        (Lang::Id | Lang::En, _) => format!("{symbol}{number}"),
        (Lang::Nl, _) => format!("{symbol}{NBSP}{number}"),
        (Lang::De | Lang::Fr, _) => format!("{number}{NBSP}{symbol}"),
    }
}

/// A rupiah amount in `currency`'s smallest unit at the stated rates; `None` when a rate is missing
/// (zero), so that nothing is shown rather than a wrong amount.
pub fn convert(idr: u64, currency: Currency, rates: &Rates) -> Option<u64> {
    let rate = match currency {
        Currency::Idr => return Some(idr),
        Currency::Eur => rates.idr_per_eur,
        Currency::Usd => rates.idr_per_usd,
    };
    (rate > 0).then(|| (idr as f64 * 100.0 / f64::from(rate)).round() as u64)
}

/// A rupiah amount shown in `currency`, falling back to rupiah when the rate is missing.
pub fn amount(idr: u64, currency: Currency, rates: &Rates, lang: Lang) -> String {
    match convert(idr, currency, rates) {
        Some(minor) => money(minor, currency, lang),
        None => rupiah(idr, lang),
    }
}

/// The same amount in the other two currencies, for the line under a price: "Rp 292.000 · US$17.38".
pub fn other_amounts(idr: u64, shown: Currency, rates: &Rates, lang: Lang) -> String {
    Currency::ALL
        .into_iter()
        .filter(|c| *c != shown)
        .filter_map(|c| convert(idr, c, rates).map(|minor| money(minor, c, lang)))
        .collect::<Vec<_>>()
        .join(" · ")
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

/// Rupiah as a shop writes them: "Rp 295.000" (or "Rp 295,000" in English, "295.000 Rp" in German).
pub fn rupiah(idr: u64, lang: Lang) -> String {
    money(idr, Currency::Idr, lang)
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

#[cfg(test)]
mod locale_tests {
    use super::*;

    fn rates() -> Rates {
        Rates {
            idr_per_eur: 19_200,
            idr_per_usd: 16_800,
            date: "2026-01-16".into(),
        }
    }

    #[test]
    fn money_in_each_language() {
        assert_eq!(money(123_450, Currency::Eur, Lang::De), "1.234,50\u{a0}€");
        assert_eq!(
            money(123_450, Currency::Eur, Lang::Fr),
            "1\u{202f}234,50\u{a0}€"
        );
        assert_eq!(money(123_450, Currency::Eur, Lang::Nl), "€\u{a0}1.234,50");
        assert_eq!(money(123_450, Currency::Eur, Lang::En), "€1,234.50");
        assert_eq!(money(123_405, Currency::Usd, Lang::Id), "US$1.234,05");
        assert_eq!(money(295_000, Currency::Idr, Lang::Id), "Rp 295.000");
        assert_eq!(money(295_000, Currency::Idr, Lang::De), "295.000\u{a0}Rp");
        assert_eq!(money(7, Currency::Eur, Lang::De), "0,07\u{a0}€");
    }

    #[test]
    fn numbers_in_each_language() {
        assert_eq!(decimal(1234.5, 2, Lang::De), "1.234,5");
        assert_eq!(decimal(1234.5, 2, Lang::Fr), "1\u{202f}234,5");
        assert_eq!(decimal(1234.5, 2, Lang::Nl), "1.234,5");
        assert_eq!(decimal(1234.5, 2, Lang::En), "1,234.5");
    }

    #[test]
    fn conversions_and_defaults() {
        let r = rates();
        assert_eq!(convert(292_000, Currency::Eur, &r), Some(1521));
        assert_eq!(convert(292_000, Currency::Idr, &r), Some(292_000));
        assert_eq!(amount(292_000, Currency::Eur, &r, Lang::De), "15,21\u{a0}€");
        assert_eq!(
            other_amounts(292_000, Currency::Eur, &r, Lang::De),
            "292.000\u{a0}Rp · 17,38\u{a0}$"
        );
        let no_rate = Rates {
            idr_per_eur: 0,
            ..r
        };
        assert_eq!(
            amount(292_000, Currency::Eur, &no_rate, Lang::Fr),
            "292\u{202f}000\u{a0}Rp"
        );
        assert_eq!(Currency::default_for(Lang::Nl), Currency::Eur);
        assert_eq!(Currency::default_for(Lang::Id), Currency::Idr);
        assert_eq!(Currency::parse("eur"), Some(Currency::Eur));
        assert_eq!(Currency::parse("GBP"), None);
    }

    #[test]
    fn languages_parse_from_codes() {
        assert_eq!(Lang::parse("de-DE"), Some(Lang::De));
        assert_eq!(Lang::parse("FR"), Some(Lang::Fr));
        assert_eq!(Lang::parse("nl_BE"), Some(Lang::Nl));
        assert_eq!(Lang::parse("es"), None);
        assert_eq!(Lang::parse(""), None);
    }
}
