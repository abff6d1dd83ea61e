//! A weight estimate from geometry: face area × metal thickness × the alloy's density.
//!
//! It is not a substitute for the scale; it catches typos in the catalogue (12 g entered as 120 g) and
//! gives a weight for pieces that exist only as a sketch. Within [`TOLERANCE`] of the stated weight for
//! every shipped design, which a test checks.

use crate::domain::catalogue::model::{Dimensions, Form, Technique};

/// Stated and estimated weights agree within ±30 %: hand-made pieces vary, and the bounding box is only
/// a rough proxy for where the metal is.
pub const TOLERANCE: f64 = 0.30;

const SILVER_DENSITY: f64 = 10.49; // g/cm³
const COPPER_DENSITY: f64 = 8.96; // the usual alloying metal

/// Density of a silver-copper alloy of the given fineness (‰), in g/cm³: about 10.36 for 925.
pub fn alloy_density(fineness: u16) -> f64 {
    let f = f64::from(fineness.min(1000)) / 1000.0;
    1.0 / (f / SILVER_DENSITY + (1.0 - f) / COPPER_DENSITY)
}

/// What share of the bounding box's face is metal, and how thick the metal is as a share of the depth.
/// Earrings are sold in pairs and their dimensions are of one piece.
fn form_factors(form: Form) -> (f64, f64, f64) {
    // (coverage, solidity, pieces)
    match form {
        Form::Ring => (0.35, 0.32, 1.0),
        Form::Stud => (0.7, 0.55, 2.0),
        Form::DropEarring => (0.35, 0.35, 2.0),
        Form::Hoop => (0.3, 0.3, 2.0),
        Form::Pendant => (0.55, 0.4, 1.0),
        Form::Necklace => (0.08, 0.2, 1.0),
        Form::Bracelet => (0.5, 0.4, 1.0),
        Form::Cuff => (0.85, 0.65, 1.0),
        Form::Brooch => (0.45, 0.3, 1.0),
        Form::Tiara => (0.3, 0.3, 1.0),
    }
}

fn technique_factor(techniques: &[Technique]) -> f64 {
    techniques
        .iter()
        .map(|t| match t {
            // Openwork wire leaves most of the face empty.
            Technique::Filigree => 0.65,
            Technique::Granulation => 1.05,
            // Repoussé is worked from thin sheet.
            Technique::Repousse => 0.9,
            Technique::Casting => 1.15,
            Technique::Hammered => 1.0,
        })
        .product()
}

/// Estimated weight in grams.
pub fn estimate_grams(
    form: Form,
    dims: &Dimensions,
    fineness: u16,
    techniques: &[Technique],
) -> f64 {
    let (coverage, solidity, pieces) = form_factors(form);
    let area_mm2 = dims.width_mm * dims.height_mm * coverage;
    let thickness_mm = dims.depth_mm * solidity;
    let volume_cm3 = area_mm2 * thickness_mm / 1000.0;
    volume_cm3 * alloy_density(fineness) * technique_factor(techniques) * pieces
}

/// How far a stated weight is from the estimate, as a share of the estimate (0.1 = 10 % apart).
pub fn deviation(stated_g: f64, estimated_g: f64) -> f64 {
    if estimated_g <= 0.0 {
        f64::INFINITY
    } else {
        (stated_g - estimated_g).abs() / estimated_g
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sterling_density_matches_the_trade_figure() {
        assert!(
            (alloy_density(925) - 10.36).abs() < 0.01,
            "{}",
            alloy_density(925)
        );
        assert!((alloy_density(999) - 10.49).abs() < 0.01);
        assert!(alloy_density(800) < alloy_density(950));
    }

    #[test]
    fn worked_example_a_plain_sterling_pendant() {
        // 30 × 40 mm face, 4 mm deep: 1200 mm² × 0.55 = 660 mm² of metal, 1.6 mm thick
        // = 1.056 cm³ × 10.357 g/cm³ = 10.94 g.
        let dims = Dimensions {
            width_mm: 30.0,
            height_mm: 40.0,
            depth_mm: 4.0,
        };
        let g = estimate_grams(Form::Pendant, &dims, 925, &[]);
        assert!((g - 10.94).abs() < 0.05, "{g}");
    }

    #[test]
    fn earrings_count_the_pair_and_filigree_is_lighter() {
        let dims = Dimensions {
            width_mm: 12.0,
            height_mm: 12.0,
            depth_mm: 3.0,
        };
        let one_pair = estimate_grams(Form::Stud, &dims, 925, &[]);
        let filigree = estimate_grams(Form::Stud, &dims, 925, &[Technique::Filigree]);
        assert!((one_pair - 2.0 * 144.0 * 0.7 * 1.65 / 1000.0 * alloy_density(925)).abs() < 1e-9);
        assert!(filigree < one_pair);
    }

    #[test]
    fn deviation_is_relative_to_the_estimate() {
        assert!((deviation(11.0, 10.0) - 0.1).abs() < 1e-12);
        assert!(deviation(1.0, 0.0).is_infinite());
    }
}
