//! Prices from the dated silver price: metal (weight × price of fine silver × fineness) plus labour for
//! the techniques, rounded up the way a shop in Indonesia quotes. Quotes made on an old silver price
//! became losses in 2026, so every price carries the basis it was computed from.

use crate::domain::catalogue::model::{Design, Finish, Settings, Technique};

#[derive(Clone, Debug, PartialEq)]
pub struct Price {
    /// Rounded rupiah, what the buyer is quoted.
    pub idr: u64,
    pub metal_idr: u64,
    pub labour_idr: u64,
    /// Whole euros and dollars at the catalogue's stated rates.
    pub eur: u64,
    pub usd: u64,
}

/// Rounds up to the step a shop would quote in: Rp1.000 under Rp100.000, Rp5.000 under Rp1 juta,
/// Rp10.000 above. Up, never down: rounding must not eat the margin.
pub fn round_shop(idr: f64) -> u64 {
    if !idr.is_finite() || idr <= 0.0 {
        return 0;
    }
    let step = if idr < 100_000.0 {
        1_000.0
    } else if idr < 1_000_000.0 {
        5_000.0
    } else {
        10_000.0
    };
    ((idr / step).ceil() * step) as u64
}

fn labour_per_gram(settings: &Settings, techniques: &[Technique]) -> u64 {
    let extra: u64 = techniques
        .iter()
        .map(|t| {
            settings
                .labour
                .iter()
                .find(|l| l.technique == *t)
                .map_or(0, |l| u64::from(l.idr_per_gram))
        })
        .sum();
    u64::from(settings.base_labour_idr_per_gram) + extra
}

/// The price of a piece of `weight_g` grams, or `None` when it cannot be priced (no weight).
pub fn price(
    settings: &Settings,
    weight_g: f64,
    fineness: u16,
    techniques: &[Technique],
) -> Option<Price> {
    if !weight_g.is_finite() || weight_g <= 0.0 {
        return None;
    }
    let metal =
        weight_g * f64::from(settings.silver_price.idr_per_gram) * f64::from(fineness.min(1000))
            / 1000.0;
    let labour = weight_g * labour_per_gram(settings, techniques) as f64;
    let idr = round_shop(metal + labour);
    let per = |rate: u32| {
        if rate == 0 {
            0
        } else {
            (idr as f64 / f64::from(rate)).round() as u64
        }
    };
    Some(Price {
        idr,
        metal_idr: metal.round() as u64,
        labour_idr: labour.round() as u64,
        eur: per(settings.rates.idr_per_eur),
        usd: per(settings.rates.idr_per_usd),
    })
}

/// The price of a design in a chosen size and finish, or `None` when it is priced on request.
pub fn quote(
    settings: &Settings,
    design: &Design,
    size: Option<&str>,
    finish: Option<Finish>,
) -> Option<Price> {
    if design.price_on_request {
        return None;
    }
    price(
        settings,
        design.variant_weight(size, finish),
        design.fineness,
        &design.techniques,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::catalogue::model::{InquiryChannels, Labour, Rates, SilverPrice};

    fn settings() -> Settings {
        Settings {
            silver_price: SilverPrice {
                idr_per_gram: 46_000,
                date: "2026-01-16".into(),
                source: "test".into(),
            },
            labour: vec![
                Labour {
                    technique: Technique::Filigree,
                    idr_per_gram: 22_000,
                },
                Labour {
                    technique: Technique::Granulation,
                    idr_per_gram: 18_000,
                },
                Labour {
                    technique: Technique::Casting,
                    idr_per_gram: 5_000,
                },
            ],
            base_labour_idr_per_gram: 9_000,
            rates: Rates {
                idr_per_eur: 19_200,
                idr_per_usd: 16_800,
                date: "2026-01-16".into(),
            },
            inquiry: InquiryChannels::default(),
        }
    }

    #[test]
    fn worked_example_cast_sterling_ring() {
        // metal 5.2 g × 46.000 × 0,925 = 221.260; labour 5.2 × (9.000 + 5.000) = 72.800;
        // 294.060 rounds up to the next Rp5.000: 295.000 = €15.36 → €15, $17.56 → $18.
        let p = price(&settings(), 5.2, 925, &[Technique::Casting]).unwrap();
        assert_eq!(p.metal_idr, 221_260);
        assert_eq!(p.labour_idr, 72_800);
        assert_eq!(p.idr, 295_000);
        assert_eq!((p.eur, p.usd), (15, 18));
    }

    #[test]
    fn worked_example_filigree_tiara_above_a_million() {
        // 31.4 g of 950: metal 31.4 × 46.000 × 0,95 = 1.372.180; labour 31.4 × (9.000 + 22.000 + 18.000)
        // = 1.538.600; 2.910.780 rounds up to Rp2.920.000.
        let p = price(
            &settings(),
            31.4,
            950,
            &[Technique::Filigree, Technique::Granulation],
        )
        .unwrap();
        assert_eq!(p.idr, 2_920_000);
    }

    #[test]
    fn small_pieces_round_to_a_thousand() {
        // 1 g of 925 plain: 42.550 + 9.000 = 51.550 → 52.000.
        assert_eq!(price(&settings(), 1.0, 925, &[]).unwrap().idr, 52_000);
    }

    #[test]
    fn rounding_never_goes_down_and_exact_steps_stay() {
        assert_eq!(round_shop(100_000.0), 100_000);
        assert_eq!(round_shop(100_001.0), 105_000);
        assert_eq!(round_shop(999.0), 1_000);
        assert_eq!(round_shop(1_000_001.0), 1_010_000);
        assert_eq!(round_shop(f64::NAN), 0);
    }

    #[test]
    fn a_higher_silver_price_raises_the_price() {
        let mut s = settings();
        let before = price(&s, 10.0, 925, &[]).unwrap().idr;
        s.silver_price.idr_per_gram = 80_000;
        assert!(price(&s, 10.0, 925, &[]).unwrap().idr > before);
    }

    #[test]
    fn no_weight_no_price() {
        assert_eq!(price(&settings(), 0.0, 925, &[]), None);
        assert_eq!(price(&settings(), f64::NAN, 925, &[]), None);
    }
}
