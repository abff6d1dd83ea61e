//! The bench drawing: the motif at the piece's real size, as a maker traces it onto the sheet. Sized in
//! millimetres, so that printed at 100 % it is 1:1; a 10 mm scale bar below lets the maker check that.

use std::fmt::Write;

use super::motifs::{self, Style};
use super::painter::n;
use super::{ArtText, MotifDetail, escape_xml};
use crate::domain::catalogue::model::MotifFamily;

/// Paper around the piece, and the band below it that holds the scale bar, in millimetres.
const MARGIN_MM: f64 = 4.0;
const BAR_BAND_MM: f64 = 12.0;
/// The motif is drawn at this radius and scaled, so that its strokes keep their proportions at any size.
const UNIT: f64 = 50.0;

/// The piece's face as a dashed outline (`width_mm` × `height_mm`), the motif centred in it at the largest
/// size that fits, and a 10 mm scale bar.
pub fn bench_svg(
    family: MotifFamily,
    detail: Option<MotifDetail>,
    width_mm: f64,
    height_mm: f64,
    text: &ArtText,
) -> String {
    // The loader's bounds for a piece; a size that is not a number draws the smallest piece.
    let fit = |mm: f64| {
        if mm.is_finite() {
            mm.clamp(1.0, 400.0)
        } else {
            1.0
        }
    };
    let (w, h) = (fit(width_mm), fit(height_mm));
    let (sheet_w, sheet_h) = (w + 2.0 * MARGIN_MM, h + 2.0 * MARGIN_MM + BAR_BAND_MM);
    let mut out = String::with_capacity(4096);
    let _ = write!(
        out,
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{sw}mm" height="{sh}mm" viewBox="0 0 {sw} {sh}" role="img" aria-labelledby="bench-t bench-d"><title id="bench-t">{}</title><desc id="bench-d">{}</desc><rect width="{sw}" height="{sh}" fill="#fff"/>"##,
        escape_xml(text.title),
        escape_xml(text.description),
        sw = n(sheet_w),
        sh = n(sheet_h),
    );
    let _ = write!(
        out,
        r##"<rect x="{m}" y="{m}" width="{}" height="{}" rx="{}" fill="none" stroke="#555" stroke-width="0.25" stroke-dasharray="1.2 0.8"/>"##,
        n(w),
        n(h),
        n(w.min(h) * 0.08),
        m = n(MARGIN_MM),
    );
    let r = w.min(h) / 2.0 * 0.9;
    let (cx, cy) = (MARGIN_MM + w / 2.0, MARGIN_MM + h / 2.0);
    let _ = write!(
        out,
        r#"<g transform="translate({} {}) scale({})">"#,
        n(cx),
        n(cy),
        (r / UNIT * 10_000.0).round() / 10_000.0
    );
    motifs::draw(
        &mut out,
        family,
        0.0,
        0.0,
        UNIT,
        Style::Flat,
        false,
        detail,
        "#fff",
        "#111",
    );
    out.push_str("</g>");
    // The scale bar: 10 mm with ticks at 0, 5 and 10.
    let y = MARGIN_MM * 2.0 + h + 3.0;
    let x0 = MARGIN_MM;
    let _ = write!(
        out,
        r##"<g stroke="#111" stroke-width="0.3"><path d="M{x0} {y}H{x1}M{x0} {t0}V{t1}M{xm} {t0}V{ym}M{x1} {t0}V{t1}"/></g><text x="{tx}" y="{ty}" font-size="3" font-family="sans-serif" fill="#111">10 mm</text>"##,
        x0 = n(x0),
        x1 = n(x0 + 10.0),
        xm = n(x0 + 5.0),
        y = n(y),
        t0 = n(y - 1.5),
        t1 = n(y + 1.5),
        ym = n(y + 0.8),
        tx = n(x0 + 12.0),
        ty = n(y + 1.1),
    );
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text() -> ArtText<'static> {
        ArtText {
            title: "t <&>",
            description: "d",
        }
    }

    #[test]
    fn the_sheet_is_sized_in_millimetres_around_the_piece() {
        let svg = bench_svg(MotifFamily::Lotus, None, 40.0, 30.0, &text());
        assert!(
            svg.contains(r#"width="48mm" height="50mm" viewBox="0 0 48 50""#),
            "{svg}"
        );
        assert!(svg.contains("10 mm"));
        assert!(svg.contains("t &lt;&amp;&gt;"));
        assert!(roxmltree::Document::parse(&svg).is_ok());
    }

    #[test]
    fn every_family_and_detail_draws_well_formed_svg_at_any_size() {
        for family in MotifFamily::ALL {
            for (w, h) in [
                (8.0, 8.0),
                (20.0, 8.0),
                (150.0, 45.0),
                (0.0, f64::NAN),
                (1e9, 1e9),
            ] {
                let detail = Some(MotifDetail {
                    count: 12,
                    density: 5,
                });
                let svg = bench_svg(family, detail, w, h, &text());
                assert!(
                    roxmltree::Document::parse(&svg).is_ok(),
                    "{family:?} {w} {h}"
                );
                assert!(!svg.contains("NaN") && !svg.contains("inf"), "{svg}");
            }
        }
    }
}
