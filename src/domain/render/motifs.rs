//! The geometry of each motif family, drawn around the origin within radius `r`.
//!
//! Each family keeps the feature a maker would recognise it by: the sun's rays on the compass points,
//! the lotus's two rings of petals, kawung's four ovals around a centre, the ukel spiral, the rosette's
//! round petals, the kala's eyes and fangs, the batik's fish scales.

use std::f64::consts::{PI, TAU};
use std::fmt::Write;

use super::MotifDetail;
use super::painter::n;
use crate::domain::catalogue::model::MotifFamily;

#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Style {
    /// Filigree: the outline as twisted wire, nothing filled.
    Wire,
    /// Repoussé: filled and lifted, with a shadow below.
    Raised,
    /// Cast or engraved: filled with a crisp outline.
    Flat,
}

/// Collects shapes; filled shapes take the style's fill, line shapes never fill.
struct Shapes {
    filled: String,
    lines: String,
}

impl Shapes {
    fn path(&mut self, d: &str) {
        let _ = write!(self.filled, r#"<path d="{d}"/>"#);
    }
    fn circle(&mut self, x: f64, y: f64, r: f64) {
        let _ = write!(
            self.filled,
            r#"<circle cx="{}" cy="{}" r="{}"/>"#,
            n(x),
            n(y),
            n(r)
        );
    }
    fn ellipse(&mut self, y: f64, rx: f64, ry: f64, rotate: f64) {
        let _ = write!(
            self.filled,
            r#"<ellipse cy="{}" rx="{}" ry="{}" transform="rotate({})"/>"#,
            n(y),
            n(rx),
            n(ry),
            n(rotate)
        );
    }
    fn line(&mut self, d: &str) {
        let _ = write!(self.lines, r#"<path d="{d}"/>"#);
    }
}

fn polyline(points: impl IntoIterator<Item = (f64, f64)>) -> String {
    let mut d = String::new();
    for (i, (x, y)) in points.into_iter().enumerate() {
        let _ = write!(d, "{}{} {}", if i == 0 { 'M' } else { 'L' }, n(x), n(y));
    }
    d
}

fn polar(r: f64, a: f64) -> (f64, f64) {
    (r * a.cos(), r * a.sin())
}

#[allow(clippy::too_many_arguments)]
pub(super) fn draw(
    out: &mut String,
    family: MotifFamily,
    cx: f64,
    cy: f64,
    r: f64,
    style: Style,
    dense: bool,
    detail: Option<MotifDetail>,
    metal: &str,
    recess: &str,
) {
    let mut s = Shapes {
        filled: String::new(),
        lines: String::new(),
    };
    // Without a maker's detail, each family is drawn as the catalogue always drew it (the snapshots pin
    // those bytes); `dense` is then the seed's choice.
    // However many a caller asks for, a motif stays drawable and its SVG small.
    let count = |default: u8| detail.map_or(default, |d| d.count.clamp(2, 32));
    let density = detail.map(|d| f64::from(d.density.clamp(1, 5)));
    match family {
        MotifFamily::MajapahitSun => {
            // The fine rays between the main ones: none at density 1, longer as it rises.
            let fine = match density {
                None => dense.then_some(0.74),
                Some(d) => (d > 1.0).then_some(0.5 + 0.08 * d),
            };
            sun(&mut s, r, count(8), fine)
        }
        MotifFamily::Lotus => lotus(
            &mut s,
            r,
            count(8),
            density.map_or(0.64, |d| 0.32 + 0.08 * d),
        ),
        MotifFamily::Kawung => kawung(&mut s, r),
        MotifFamily::Scroll => scrolls(&mut s, r, count(4), density.map_or(3.6, |d| 2.4 + 0.4 * d)),
        MotifFamily::Rosette => rosette(&mut s, r, count(6), density.map_or(2, |d| d as u8 - 1)),
        MotifFamily::KalaMakara => kala(&mut s, r),
        MotifFamily::MojokertoBatik => {
            let step = density.map_or(0.26, |d| 0.38 - 0.04 * d);
            // A maker's batik is the fish scale at the repeat they chose, wherever it is drawn; the seed
            // picks between the two patterns only for the catalogue's own designs.
            batik(&mut s, r, dense && detail.is_none(), step)
        }
        MotifFamily::Geometric => geometric(&mut s, r),
    }
    let w = n((r * 0.035).max(0.6));
    let lw = n((r * 0.06).max(0.9));
    let (cx, cy) = (n(cx), n(cy));
    let _ = write!(
        out,
        r#"<g transform="translate({cx} {cy})" stroke-linejoin="round" stroke-linecap="round">"#
    );
    match style {
        Style::Wire => {
            let _ = write!(
                out,
                r#"<g fill="none" stroke="{recess}" stroke-width="{}" opacity="0.8">{}{}</g><g fill="none" stroke="{metal}" stroke-width="{lw}">{}{}</g>"#,
                n((r * 0.1).max(1.4)),
                s.filled,
                s.lines,
                s.filled,
                s.lines
            );
        }
        Style::Raised => {
            let _ = write!(
                out,
                r#"<g transform="translate(1.2 1.8)" fill="{recess}" stroke="{recess}" stroke-width="{w}" opacity="0.55">{}</g><g fill="{metal}" stroke="{recess}" stroke-width="{w}">{}</g><g fill="none" stroke="{recess}" stroke-width="{lw}">{}</g>"#,
                s.filled, s.filled, s.lines
            );
        }
        Style::Flat => {
            let _ = write!(
                out,
                r#"<g fill="{metal}" stroke="{recess}" stroke-width="{w}">{}</g><g fill="none" stroke="{recess}" stroke-width="{lw}">{}</g>"#,
                s.filled, s.lines
            );
        }
    }
    out.push_str("</g>");
}

/// The Majapahit-era sun: main rays (eight, on the compass points, in the catalogue's designs), with
/// shorter fine rays between them when `fine` gives their length, around a ringed centre.
fn sun(s: &mut Shapes, r: f64, main_rays: u8, fine: Option<f64>) {
    let rays = u16::from(main_rays.max(3)) * if fine.is_some() { 2 } else { 1 };
    let inner = 0.42 * r;
    for i in 0..rays {
        let a = TAU * f64::from(i) / f64::from(rays) - PI / 2.0;
        let main = fine.is_none() || i % 2 == 0;
        let tip = if main { r } else { fine.unwrap_or(1.0) * r };
        let half = PI / f64::from(rays) * if main { 0.62 } else { 0.45 };
        s.path(
            &(polyline([
                polar(inner, a - half),
                polar(tip, a),
                polar(inner, a + half),
            ]) + "Z"),
        );
    }
    s.circle(0.0, 0.0, 0.46 * r);
    s.circle(0.0, 0.0, 0.3 * r);
    s.circle(0.0, 0.0, 0.09 * r);
}

fn petal(len: f64, base: f64, width: f64) -> String {
    let b = -base;
    let mid = -(base + (len - base) * 0.35);
    let near = -len * 0.82;
    format!(
        "M0 {}C{} {} {} {} 0 {}C{} {} {} {} 0 {}Z",
        n(b),
        n(width),
        n(mid),
        n(width * 0.55),
        n(near),
        n(-len),
        n(-width * 0.55),
        n(near),
        n(-width),
        n(mid),
        n(b)
    )
}

/// Padma: an outer and an inner ring of pointed petals (eight each in the catalogue's designs) around a
/// seed head; `inner` is the inner petals' length.
fn lotus(s: &mut Shapes, r: f64, petals: u8, inner: f64) {
    let petals = petals.max(3);
    let turn = 360.0 / f64::from(petals);
    let outer = petal(r, 0.12 * r, 0.3 * r);
    let inner = petal(inner * r, 0.08 * r, 0.22 * r);
    for i in 0..petals {
        let a = turn * f64::from(i);
        let _ = write!(
            s.filled,
            r#"<path transform="rotate({})" d="{outer}"/>"#,
            n(a)
        );
    }
    for i in 0..petals {
        let a = turn * f64::from(i) + turn / 2.0;
        let _ = write!(
            s.filled,
            r#"<path transform="rotate({})" d="{inner}"/>"#,
            n(a)
        );
    }
    s.circle(0.0, 0.0, 0.2 * r);
    for i in 0..6 {
        let (x, y) = polar(0.11 * r, TAU * f64::from(i) / 6.0);
        s.circle(x, y, 0.035 * r);
    }
}

/// Kawung: four ovals on the diagonals, their tips meeting at a small centre.
fn kawung(s: &mut Shapes, r: f64) {
    for k in 0..4 {
        let a = 45.0 + 90.0 * f64::from(k);
        s.ellipse(-0.5 * r, 0.27 * r, 0.47 * r, a);
        s.ellipse(-0.5 * r, 0.07 * r, 0.25 * r, a);
    }
    s.path(&format!(
        "M0 {}L{} 0L0 {}L{} 0Z",
        n(-0.1 * r),
        n(0.1 * r),
        n(0.1 * r),
        n(-0.1 * r)
    ));
}

/// Ukel: spirals (four in the catalogue's designs) growing out of a common stem, the scroll of Javanese
/// ornament; `turns` is how far each winds, in half turns.
fn scrolls(s: &mut Shapes, r: f64, count: u8, turns: f64) {
    let count = count.max(2);
    for k in 0..count {
        let rot = TAU * f64::from(k) / f64::from(count);
        let centre = polar(0.55 * r, rot);
        let pts = (0..=28).map(|i| {
            let t = f64::from(i) / 28.0;
            let a = rot + PI + t * turns * PI;
            let rad = 0.34 * r * (1.0 - t * 0.85);
            (centre.0 + rad * a.cos(), centre.1 + rad * a.sin())
        });
        let start = polar(0.21 * r, rot);
        s.line(
            &(polyline(
                std::iter::once((0.0, 0.0))
                    .chain(std::iter::once(start))
                    .chain(pts),
            )),
        );
    }
    s.circle(0.0, 0.0, 0.1 * r);
}

/// Ceplok bunga: round overlapping petals (six in the catalogue's designs), a centre, and a ring of
/// beads, `beads_per_petal` of them for each petal.
fn rosette(s: &mut Shapes, r: f64, petals: u8, beads_per_petal: u8) {
    let petals = petals.max(3);
    for i in 0..petals {
        let (x, y) = polar(0.42 * r, TAU * f64::from(i) / f64::from(petals));
        s.circle(x, y, 0.3 * r);
    }
    s.circle(0.0, 0.0, 0.24 * r);
    s.circle(0.0, 0.0, 0.1 * r);
    let beads = u16::from(petals) * u16::from(beads_per_petal);
    for i in 0..beads {
        let (x, y) = polar(0.9 * r, TAU * (f64::from(i) + 0.5) / f64::from(beads));
        s.circle(x, y, 0.06 * r);
    }
}

/// Kala: the protective face over temple gates; glaring eyes, a fanged grin, horns curling up.
fn kala(s: &mut Shapes, r: f64) {
    s.path(&format!(
        "M{} {}Q{} {} 0 {}Q{} {} {} {}Q{} {} 0 {}Q{} {} {} {}Z",
        n(-0.78 * r),
        n(0.3 * r),
        n(-0.9 * r),
        n(-0.75 * r),
        n(-0.95 * r),
        n(0.9 * r),
        n(-0.75 * r),
        n(0.78 * r),
        n(0.3 * r),
        n(0.5 * r),
        n(0.8 * r),
        n(0.72 * r),
        n(-0.5 * r),
        n(0.8 * r),
        n(-0.78 * r),
        n(0.3 * r)
    ));
    for side in [-1.0, 1.0] {
        s.circle(side * 0.32 * r, -0.18 * r, 0.17 * r);
        s.circle(side * 0.32 * r, -0.18 * r, 0.07 * r);
        s.line(&format!(
            "M{} {}Q{} {} {} {}",
            n(side * 0.12 * r),
            n(-0.42 * r),
            n(side * 0.35 * r),
            n(-0.55 * r),
            n(side * 0.55 * r),
            n(-0.38 * r)
        ));
        // Fangs at the corners of the mouth.
        s.path(&format!(
            "M{} {}L{} {}L{} {}Z",
            n(side * 0.3 * r),
            n(0.3 * r),
            n(side * 0.22 * r),
            n(0.55 * r),
            n(side * 0.16 * r),
            n(0.33 * r)
        ));
        // Horns curling outwards.
        let pts = (0..=14).map(|i| {
            let t = f64::from(i) / 14.0;
            let a = -PI / 2.0 + side * t * 1.6 * PI;
            let rad = 0.2 * r * (1.0 - 0.6 * t);
            (
                side * 0.62 * r + rad * a.cos() * side,
                -0.72 * r + rad * a.sin(),
            )
        });
        s.line(&polyline(pts));
    }
    s.circle(0.0, 0.08 * r, 0.1 * r);
    s.line(&format!(
        "M{} {}Q0 {} {} {}",
        n(-0.36 * r),
        n(0.3 * r),
        n(0.5 * r),
        n(0.36 * r),
        n(0.3 * r)
    ));
}

/// Mojokerto batik: sisik gringsing fish scales, or mrico bolong (pepper grains with holes) when dense;
/// `repeat` is the pattern's step as a share of the radius.
fn batik(s: &mut Shapes, r: f64, mrico: bool, repeat: f64) {
    s.circle(0.0, 0.0, r);
    let step = repeat * r;
    let reach = (1.0 / repeat).ceil() as i32;
    for row in -reach..=reach {
        for col in -reach..=reach {
            let x = f64::from(col) * step + if row % 2 == 0 { 0.0 } else { step / 2.0 };
            let y = f64::from(row) * step * 0.8;
            if (x * x + y * y).sqrt() > 0.8 * r {
                continue;
            }
            if mrico {
                let _ = write!(
                    s.lines,
                    r#"<circle cx="{}" cy="{}" r="{}"/>"#,
                    n(x),
                    n(y),
                    n(step * 0.22)
                );
            } else {
                s.line(&format!(
                    "M{} {}A{} {} 0 0 0 {} {}",
                    n(x - step / 2.0),
                    n(y),
                    n(step / 2.0),
                    n(step / 2.0),
                    n(x + step / 2.0),
                    n(y)
                ));
            }
        }
    }
}

/// Nested lozenges, the plain geometry of tumpal borders.
fn geometric(s: &mut Shapes, r: f64) {
    for k in [1.0, 0.66, 0.33] {
        let d = k * r;
        s.path(&format!("M0 {}L{} 0L0 {}L{} 0Z", n(-d), n(d), n(d), n(-d)));
    }
    for i in 0..4 {
        let (x, y) = polar(0.6 * r, TAU * f64::from(i) / 4.0 + PI / 4.0);
        s.circle(x, y, 0.08 * r);
    }
}
