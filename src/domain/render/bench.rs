//! The bench drawing: the motif at the piece's real size, as a maker traces it onto the sheet. Sized in
//! millimetres, so that printed at 100 % it is 1:1; a scale bar 10 mm long on paper lets the maker check
//! that. A piece too large for an A4 page is drawn at 1:2 or 1:4, and the bar and the sheet say so.

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
/// Narrowest sheet: room for the scale bar and its label beside a small piece.
const MIN_SHEET_MM: f64 = 34.0;
/// What an A4 page holds inside 10 mm margins, portrait.
const PAGE_MM: (f64, f64) = (190.0, 277.0);

/// The reduction at which a piece of this size is drawn: 1 (real size), 2 or 4.
pub fn bench_scale(width_mm: f64, height_mm: f64) -> u8 {
    let (w, h) = (fit(width_mm), fit(height_mm));
    let sheet = |k: f64| {
        (
            ((w + 2.0 * MARGIN_MM) / k).max(MIN_SHEET_MM),
            (h + 2.0 * MARGIN_MM + BAR_BAND_MM * k) / k,
        )
    };
    [1u8, 2, 4]
        .into_iter()
        .find(|k| {
            let (sw, sh) = sheet(f64::from(*k));
            sw <= PAGE_MM.0 && sh <= PAGE_MM.1
        })
        .unwrap_or(4)
}

/// The loader's bounds for a piece; a size that is not a number draws the smallest piece.
fn fit(mm: f64) -> f64 {
    if mm.is_finite() {
        mm.clamp(1.0, 400.0)
    } else {
        1.0
    }
}

/// The piece's face as a dashed outline (`width_mm` × `height_mm`), the motif centred in it at the largest
/// size that fits, and a 10 mm scale bar.
pub fn bench_svg(
    family: MotifFamily,
    detail: Option<MotifDetail>,
    width_mm: f64,
    height_mm: f64,
    text: &ArtText,
) -> String {
    let (w, h) = (fit(width_mm), fit(height_mm));
    // Drawing units are the piece's millimetres; the paper size divides them by the reduction.
    let k = f64::from(bench_scale(w, h));
    let (sheet_w, sheet_h) = (
        (w + 2.0 * MARGIN_MM).max(MIN_SHEET_MM * k),
        h + 2.0 * MARGIN_MM + BAR_BAND_MM * k,
    );
    let mut out = String::with_capacity(4096);
    let _ = write!(
        out,
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{pw}mm" height="{ph}mm" viewBox="0 0 {sw} {sh}" role="img" aria-labelledby="bench-t bench-d"><title id="bench-t">{}</title><desc id="bench-d">{}</desc><rect width="{sw}" height="{sh}" fill="#fff"/>"##,
        escape_xml(text.title),
        escape_xml(text.description),
        pw = n(sheet_w / k),
        ph = n(sheet_h / k),
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
    // The scale bar: 10 mm on paper, ticks at its ends and middle; at a reduction it stands for more.
    let bar = 10.0 * k;
    let y = MARGIN_MM * 2.0 + h + 3.0 * k;
    let x0 = MARGIN_MM;
    let label = if k > 1.0 {
        format!("{} mm (1:{})", n(bar), n(k))
    } else {
        "10 mm".to_owned()
    };
    let _ = write!(
        out,
        r##"<g stroke="#111" stroke-width="{sw}"><path d="M{x0} {y}H{x1}M{x0} {t0}V{t1}M{xm} {t0}V{ym}M{x1} {t0}V{t1}"/></g><text x="{tx}" y="{ty}" font-size="{fs}" font-family="sans-serif" fill="#111">{label}</text>"##,
        sw = n(0.3 * k),
        x0 = n(x0),
        x1 = n(x0 + bar),
        xm = n(x0 + bar / 2.0),
        y = n(y),
        t0 = n(y - 1.5 * k),
        t1 = n(y + 1.5 * k),
        ym = n(y + 0.8 * k),
        tx = n(x0 + bar + 2.0 * k),
        ty = n(y + 1.1 * k),
        fs = n(3.0 * k),
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
    fn a_small_piece_keeps_its_scale_bar_label_on_the_sheet() {
        let svg = bench_svg(MotifFamily::Kawung, None, 7.0, 7.0, &text());
        assert!(svg.contains(r#"width="34mm""#), "{svg}");
        // "10 mm" at 3 mm type is under 10 mm long; it must end on the sheet.
        let x: f64 = svg
            .split(r#"<text x=""#)
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .and_then(|x| x.parse().ok())
            .unwrap();
        assert!(x + 10.0 <= 34.0, "the label starts at {x} mm");
    }

    #[test]
    fn a_piece_larger_than_a_page_is_drawn_at_a_stated_reduction() {
        assert_eq!(bench_scale(40.0, 40.0), 1);
        // A bracelet laid flat, 185 mm wide, does not fit A4's 190 mm with its margins.
        assert_eq!(bench_scale(185.0, 12.0), 2);
        assert_eq!(bench_scale(400.0, 400.0), 4);
        let svg = bench_svg(MotifFamily::Scroll, None, 185.0, 12.0, &text());
        assert!(svg.contains("20 mm (1:2)"), "{svg}");
        assert!(svg.contains(r#"width="96.5mm""#), "{svg}");
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
