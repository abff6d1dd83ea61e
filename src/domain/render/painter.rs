//! The drawing primitives: metal plates, chains, bands, and the finish and technique treatments that make
//! them read as silver.

use std::f64::consts::TAU;
use std::fmt::Write;

use super::ArtSpec;
use super::motifs;
use crate::domain::catalogue::model::{Finish, Technique};

/// One decimal is finer than a screen pixel at any zoom the UI offers, and keeps the SVG small.
pub(super) fn n(x: f64) -> String {
    let r = (x * 10.0).round() / 10.0;
    if r == r.trunc() {
        format!("{}", r as i64)
    } else {
        format!("{r:.1}")
    }
}

pub(super) struct Painter<'a> {
    pub spec: &'a ArtSpec,
    pub uid: &'a str,
    pub out: String,
    rng: u64,
    /// The motif, drawn once at radius [`MOTIF_UNIT`] and placed with `<use>` wherever the piece repeats it.
    motif_def: Option<String>,
}

const MOTIF_UNIT: f64 = 50.0;

impl<'a> Painter<'a> {
    pub fn new(spec: &'a ArtSpec, uid: &'a str) -> Self {
        // splitmix64, so that neighbouring seeds give unrelated sequences.
        let mut z = spec.seed.wrapping_add(0x9e37_79b9_7f4a_7c15);
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        Painter {
            spec,
            uid,
            out: String::with_capacity(8192),
            rng: (z ^ (z >> 31)) | 1,
            motif_def: None,
        }
    }

    /// Deterministic pseudo-random number in [0, 1).
    pub fn rand(&mut self) -> f64 {
        self.rng ^= self.rng << 13;
        self.rng ^= self.rng >> 7;
        self.rng ^= self.rng << 17;
        (self.rng >> 11) as f64 / (1u64 << 53) as f64
    }

    pub fn has(&self, t: Technique) -> bool {
        self.spec.techniques.contains(&t)
    }

    pub fn metal(&self) -> String {
        format!("url(#{}m)", self.uid)
    }

    /// The colour of engraved lines and recesses; oxidising blackens them on purpose.
    pub fn recess(&self) -> &'static str {
        match self.spec.finish {
            Finish::Oxidised => "#1b1d21",
            Finish::Polished => "#5d646c",
            Finish::Matte => "#7f868d",
            Finish::Hammered => "#4f565e",
        }
    }

    pub fn defs(&mut self) {
        let stops: &[(f64, &str)] = match self.spec.finish {
            Finish::Polished => &[
                (0.0, "#ffffff"),
                (0.3, "#c5cbd1"),
                (0.52, "#f2f4f6"),
                (0.75, "#9aa2aa"),
                (1.0, "#e3e6e9"),
            ],
            Finish::Oxidised => &[
                (0.0, "#dfe3e7"),
                (0.35, "#868c93"),
                (0.55, "#bfc4c9"),
                (0.8, "#4a4f56"),
                (1.0, "#70767d"),
            ],
            Finish::Matte => &[(0.0, "#e4e7ea"), (0.5, "#c9cdd1"), (1.0, "#b1b6bb")],
            Finish::Hammered => &[
                (0.0, "#f6f7f8"),
                (0.3, "#aab1b8"),
                (0.5, "#e4e7ea"),
                (0.7, "#8d959d"),
                (1.0, "#d4d8dc"),
            ],
        };
        let uid = self.uid;
        let _ = write!(
            self.out,
            r#"<defs><linearGradient id="{uid}m" x1="0" y1="0" x2="1" y2="1">"#
        );
        for (offset, colour) in stops {
            let _ = write!(
                self.out,
                r#"<stop offset="{offset}" stop-color="{colour}"/>"#
            );
        }
        let _ = write!(
            self.out,
            r##"</linearGradient><radialGradient id="{uid}b" cx="0.5" cy="0.42" r="0.7"><stop offset="0" stop-color="#3b302b"/><stop offset="1" stop-color="#17110f"/></radialGradient><radialGradient id="{uid}h" cx="0.35" cy="0.3" r="0.6"><stop offset="0" stop-color="#fff" stop-opacity="0.85"/><stop offset="1" stop-color="#fff" stop-opacity="0"/></radialGradient></defs>"##
        );
    }

    pub fn background(&mut self) {
        let _ = write!(
            self.out,
            r#"<rect width="240" height="240" fill="url(#{}b)"/>"#,
            self.uid
        );
    }

    fn highlight(&mut self, cx: f64, cy: f64, r: f64) {
        let opacity = match self.spec.finish {
            Finish::Polished => 0.9,
            Finish::Hammered => 0.6,
            Finish::Oxidised => 0.45,
            Finish::Matte => 0.0,
        };
        if opacity > 0.0 {
            let _ = write!(
                self.out,
                r#"<ellipse cx="{}" cy="{}" rx="{}" ry="{}" fill="url(#{}h)" opacity="{opacity}"/>"#,
                n(cx - r * 0.25),
                n(cy - r * 0.3),
                n(r * 0.6),
                n(r * 0.4),
                self.uid
            );
        }
    }

    /// A disc of metal carrying the motif, with the techniques' treatments around it.
    pub fn medallion(&mut self, cx: f64, cy: f64, r: f64) {
        let rim = if self.has(Technique::Filigree) {
            r * 0.92
        } else {
            r
        };
        let _ = write!(
            self.out,
            r#"<circle cx="{}" cy="{}" r="{}" fill="{}" stroke="{}" stroke-width="{}"/>"#,
            n(cx),
            n(cy),
            n(rim),
            self.metal(),
            self.recess(),
            n((r * 0.05).max(0.8))
        );
        // Links of a chain are too small to carry rim work legibly; drawing it would only bloat the SVG.
        let small = r < 14.0;
        if self.has(Technique::Filigree) && !small {
            self.filigree_rim(cx, cy, r);
        }
        if (self.has(Technique::Hammered) || self.spec.finish == Finish::Hammered) && !small {
            self.facets(cx, cy, rim * 0.95);
        }
        self.motif_only(cx, cy, rim * 0.82);
        if self.has(Technique::Granulation) && !small {
            self.granule_ring(cx, cy, rim * 0.9, r);
        }
        self.highlight(cx, cy, r);
    }

    /// The motif itself, drawn raised (repoussé), wired (filigree) or flat (cast).
    pub fn motif_only(&mut self, cx: f64, cy: f64, r: f64) {
        let Some(family) = self.spec.motif else {
            // A plain piece still shows its form: a soft inner bevel.
            let _ = write!(
                self.out,
                r#"<circle cx="{}" cy="{}" r="{}" fill="none" stroke="{}" stroke-width="{}" opacity="0.6"/>"#,
                n(cx),
                n(cy),
                n(r * 0.8),
                self.recess(),
                n((r * 0.04).max(0.6))
            );
            return;
        };
        let style = if self.has(Technique::Filigree) {
            motifs::Style::Wire
        } else if self.has(Technique::Repousse) {
            motifs::Style::Raised
        } else {
            motifs::Style::Flat
        };
        if self.spec.finish == Finish::Oxidised {
            // Oxidising darkens the ground around the motif; polishing then brings the motif back up.
            let _ = write!(
                self.out,
                r#"<circle cx="{}" cy="{}" r="{}" fill="{}" opacity="0.6"/>"#,
                n(cx),
                n(cy),
                n(r * 1.04),
                self.recess()
            );
        }
        if self.motif_def.is_none() {
            let dense = self.rand() < 0.5;
            let (metal, recess) = (self.metal(), self.recess());
            let mut def = format!(r#"<g id="{}f">"#, self.uid);
            motifs::draw(
                &mut def,
                family,
                0.0,
                0.0,
                MOTIF_UNIT,
                style,
                dense,
                self.spec.detail,
                &metal,
                recess,
            );
            def.push_str("</g>");
            self.motif_def = Some(def);
        }
        let _ = write!(
            self.out,
            r##"<use href="#{}f" transform="translate({} {}) scale({})"/>"##,
            self.uid,
            n(cx),
            n(cy),
            (r / MOTIF_UNIT * 1000.0).round() / 1000.0
        );
    }

    /// Closes the drawing: the motif definition goes last, `<use>` may refer forward.
    pub fn finish(&mut self) {
        if let Some(def) = self.motif_def.take() {
            let _ = write!(self.out, "<defs>{def}</defs>");
        }
    }

    pub fn granule_ring(&mut self, cx: f64, cy: f64, ring_r: f64, size_ref: f64) {
        let dot = (size_ref * 0.045).clamp(1.1, 3.2);
        let count = ((TAU * ring_r) / (dot * 3.2)).floor().clamp(8.0, 90.0) as usize;
        let _ = write!(
            self.out,
            r#"<g fill="{}" stroke="{}" stroke-width="0.4">"#,
            self.metal(),
            self.recess()
        );
        for i in 0..count {
            let a = TAU * i as f64 / count as f64;
            let _ = write!(
                self.out,
                r#"<circle cx="{}" cy="{}" r="{}"/>"#,
                n(cx + ring_r * a.cos()),
                n(cy + ring_r * a.sin()),
                n(dot)
            );
        }
        self.out.push_str("</g>");
    }

    /// Small C-scrolls of twisted wire around the rim, the signature of Javanese filigree.
    fn filigree_rim(&mut self, cx: f64, cy: f64, r: f64) {
        let count = ((TAU * r) / 14.0).floor().clamp(8.0, 40.0) as usize;
        let w = (r * 0.025).max(0.7);
        let _ = write!(
            self.out,
            r#"<g fill="none" stroke="{}" stroke-width="{}" stroke-linecap="round">"#,
            self.metal(),
            n(w)
        );
        let sr = (TAU * r / count as f64) * 0.42;
        for i in 0..count {
            let a = TAU * (i as f64 + 0.5) / count as f64;
            let (x, y) = (cx + r * a.cos(), cy + r * a.sin());
            let _ = write!(
                self.out,
                r#"<path d="M{} {}a{} {} 0 1 1 {} {}"/>"#,
                n(x - sr * a.sin()),
                n(y + sr * a.cos()),
                n(sr),
                n(sr),
                n(sr * 1.2 * a.sin()),
                n(-sr * 1.2 * a.cos())
            );
        }
        self.out.push_str("</g>");
    }

    /// Hammer marks: small facets catching or losing the light.
    fn facets(&mut self, cx: f64, cy: f64, r: f64) {
        self.out.push_str("<g>");
        let count = 22;
        for _ in 0..count {
            let a = self.rand() * TAU;
            let d = self.rand().sqrt() * r * 0.85;
            let (x, y) = (cx + d * a.cos(), cy + d * a.sin());
            let size = r * (0.1 + self.rand() * 0.08);
            let light = self.rand() < 0.5;
            let rot = self.rand() * TAU;
            let mut d_attr = String::new();
            for k in 0..5 {
                let aa = rot + TAU * k as f64 / 5.0;
                let _ = write!(
                    d_attr,
                    "{}{} {}",
                    if k == 0 { "M" } else { "L" },
                    n(x + size * aa.cos()),
                    n(y + size * aa.sin())
                );
            }
            let _ = write!(
                self.out,
                r#"<path d="{d_attr}Z" fill="{}" opacity="{}"/>"#,
                if light { "#fff" } else { "#000" },
                if light { "0.28" } else { "0.16" }
            );
        }
        self.out.push_str("</g>");
    }

    pub fn band_ellipse(&mut self, cx: f64, cy: f64, rx: f64, ry: f64, width: f64) {
        let _ = write!(
            self.out,
            r#"<ellipse cx="{}" cy="{}" rx="{}" ry="{}" fill="none" stroke="{}" stroke-width="{}"/><ellipse cx="{}" cy="{}" rx="{}" ry="{}" fill="none" stroke="{}" stroke-width="1"/><ellipse cx="{}" cy="{}" rx="{}" ry="{}" fill="none" stroke="{}" stroke-width="1" opacity="0.7"/>"#,
            n(cx),
            n(cy),
            n(rx),
            n(ry),
            self.metal(),
            n(width),
            n(cx),
            n(cy),
            n(rx + width / 2.0),
            n(ry + width / 2.0),
            self.recess(),
            n(cx),
            n(cy),
            n(rx - width / 2.0),
            n(ry - width / 2.0),
            self.recess()
        );
        if self.has(Technique::Granulation) {
            let count = 24;
            let _ = write!(self.out, r#"<g fill="{}">"#, self.metal());
            for i in 0..count {
                let a = TAU * i as f64 / count as f64;
                if a.sin() > -0.2 {
                    let _ = write!(
                        self.out,
                        r#"<circle cx="{}" cy="{}" r="1.8"/>"#,
                        n(cx + rx * a.cos()),
                        n(cy + ry * a.sin())
                    );
                }
            }
            self.out.push_str("</g>");
        }
    }

    pub fn ear_hook(&mut self, x: f64, top: f64) {
        let _ = write!(
            self.out,
            r#"<path d="M{} {}c-14 0 -16 -20 0 -22c12 -1 14 14 4 24" fill="none" stroke="{}" stroke-width="2.6" stroke-linecap="round"/><circle cx="{}" cy="{}" r="4" fill="none" stroke="{}" stroke-width="2.2"/>"#,
            n(x),
            n(top + 24.0),
            self.metal(),
            n(x),
            n(top + 38.0),
            self.metal()
        );
    }

    /// A teardrop hanging from a jump ring, with the motif in its round lower part.
    pub fn drop(&mut self, x: f64, top: f64, r: f64) {
        let cy = top + 40.0 + r;
        let _ = write!(
            self.out,
            r#"<path d="M{} {}C{} {} {} {} {} {}A{} {} 0 1 1 {} {}C{} {} {} {} {} {}Z" fill="{}" stroke="{}" stroke-width="1.2"/>"#,
            n(x),
            n(top),
            n(x + 4.0),
            n(top + 16.0),
            n(x + r),
            n(cy - r * 0.9),
            n(x + r),
            n(cy),
            n(r),
            n(r),
            n(x - r),
            n(cy),
            n(x - r),
            n(cy - r * 0.9),
            n(x - 4.0),
            n(top + 16.0),
            n(x),
            n(top),
            self.metal(),
            self.recess()
        );
        self.medallion(x, cy + 2.0, r * 0.78);
    }

    pub fn hoop(&mut self, cx: f64, cy: f64, r: f64, width: f64) {
        let _ = write!(
            self.out,
            r#"<circle cx="{}" cy="{}" r="{}" fill="none" stroke="{}" stroke-width="{}"/><circle cx="{}" cy="{}" r="{}" fill="none" stroke="{}" stroke-width="0.8" opacity="0.8"/>"#,
            n(cx),
            n(cy),
            n(r),
            self.metal(),
            n(width),
            n(cx),
            n(cy),
            n(r - width / 2.0),
            self.recess()
        );
        if self.spec.finish == Finish::Hammered || self.has(Technique::Hammered) {
            // Texture on a thin band reads as notches across it.
            let _ = write!(
                self.out,
                r#"<g stroke="{}" stroke-width="0.8" opacity="0.7">"#,
                self.recess()
            );
            for i in 0..28 {
                let a = TAU * i as f64 / 28.0;
                let (c, s) = (a.cos(), a.sin());
                let _ = write!(
                    self.out,
                    r#"<path d="M{} {}L{} {}"/>"#,
                    n(cx + (r - width / 2.0) * c),
                    n(cy + (r - width / 2.0) * s),
                    n(cx + (r + width / 2.0) * c),
                    n(cy + (r + width / 2.0) * s)
                );
            }
            self.out.push_str("</g>");
        }
    }

    pub fn chain_curve(&mut self, a: (f64, f64), c: (f64, f64), b: (f64, f64)) {
        let d = format!(
            "M{} {}Q{} {} {} {}",
            n(a.0),
            n(a.1),
            n(c.0),
            n(c.1),
            n(b.0),
            n(b.1)
        );
        let _ = write!(
            self.out,
            r#"<path d="{d}" fill="none" stroke="{}" stroke-width="4.5" stroke-dasharray="6 2.5" stroke-linecap="round"/><path d="{d}" fill="none" stroke="{}" stroke-width="1" stroke-dasharray="6 2.5" opacity="0.6"/>"#,
            self.metal(),
            self.recess()
        );
    }

    pub fn links_along_curve(
        &mut self,
        a: (f64, f64),
        c: (f64, f64),
        b: (f64, f64),
        count: usize,
        r: f64,
    ) {
        for i in 1..count {
            let t = i as f64 / count as f64;
            if (t - 0.5).abs() < 0.08 {
                continue;
            }
            let u = 1.0 - t;
            let x = u * u * a.0 + 2.0 * u * t * c.0 + t * t * b.0;
            let y = u * u * a.1 + 2.0 * u * t * c.1 + t * t * b.1;
            self.medallion(x, y, r);
        }
    }

    pub fn chain_ellipse(&mut self, cx: f64, cy: f64, rx: f64, ry: f64) {
        let _ = write!(
            self.out,
            r#"<ellipse cx="{}" cy="{}" rx="{}" ry="{}" fill="none" stroke="{}" stroke-width="5" stroke-dasharray="7 2.5"/>"#,
            n(cx),
            n(cy),
            n(rx),
            n(ry),
            self.metal()
        );
    }

    pub fn links_along_ellipse(
        &mut self,
        cx: f64,
        cy: f64,
        rx: f64,
        ry: f64,
        count: usize,
        r: f64,
    ) {
        // Back links first so that the front ones, drawn larger for perspective, overlap them.
        let mut angles: Vec<f64> = (0..count)
            .map(|i| TAU * i as f64 / count as f64 + 0.3)
            .collect();
        angles.sort_by(|x, y| x.sin().total_cmp(&y.sin()));
        for a in angles {
            let depth = 0.75 + 0.25 * a.sin();
            self.medallion(cx + rx * a.cos(), cy + ry * a.sin(), r * depth);
        }
    }

    pub fn cuff_band(&mut self, cx: f64, width: f64) {
        let d = format!("M{} 160Q{} 70 {} 160", n(cx - 78.0), n(cx), n(cx + 78.0));
        let _ = write!(
            self.out,
            r##"<path d="{d}" fill="none" stroke="{}" stroke-width="{}" stroke-linecap="round"/><path d="{d}" fill="none" stroke="#000" stroke-width="{}" stroke-linecap="round" opacity="0.35"/><path d="{d}" fill="none" stroke="{}" stroke-width="{}" stroke-linecap="round"/>"##,
            self.recess(),
            n(width + 3.0),
            n(width),
            self.metal(),
            n(width - 3.0)
        );
        if self.spec.finish == Finish::Hammered || self.has(Technique::Hammered) {
            for (x, y) in [(80.0, 125.0), (120.0, 112.0), (160.0, 125.0)] {
                self.facets(x, y, width * 0.5);
            }
        }
        if self.has(Technique::Granulation) {
            let _ = write!(self.out, r#"<g fill="{}">"#, self.metal());
            for i in 0..15 {
                let t = (i as f64 + 0.5) / 15.0;
                let u = 1.0 - t;
                let x = u * u * (cx - 78.0) + 2.0 * u * t * cx + t * t * (cx + 78.0);
                let y = u * u * 160.0 + 2.0 * u * t * 70.0 + t * t * 160.0 - width * 0.42;
                let _ = write!(self.out, r#"<circle cx="{}" cy="{}" r="1.7"/>"#, n(x), n(y));
            }
            self.out.push_str("</g>");
        }
        if self.spec.finish != Finish::Matte {
            // Light runs along the top edge of a curved band.
            let _ = write!(
                self.out,
                r##"<path d="M{} {}Q{} {} {} {}" fill="none" stroke="#fff" stroke-width="2.5" stroke-linecap="round" opacity="0.55"/>"##,
                n(cx - 70.0),
                n(160.0 - width * 0.38),
                n(cx),
                n(70.0 - width * 0.38),
                n(cx + 70.0),
                n(160.0 - width * 0.38)
            );
        }
    }

    pub fn pin(&mut self, cx: f64, y: f64) {
        let _ = write!(
            self.out,
            r#"<path d="M{} {}L{} {}" stroke="{}" stroke-width="2.4" stroke-linecap="round"/>"#,
            n(cx - 100.0),
            n(y + 8.0),
            n(cx + 100.0),
            n(y),
            self.metal()
        );
    }

    pub fn oval_plate(&mut self, cx: f64, cy: f64, rx: f64, ry: f64) {
        let _ = write!(
            self.out,
            r#"<ellipse cx="{}" cy="{}" rx="{}" ry="{}" fill="{}" stroke="{}" stroke-width="1.5"/><ellipse cx="{}" cy="{}" rx="{}" ry="{}" fill="none" stroke="{}" stroke-width="3" stroke-dasharray="2 2"/>"#,
            n(cx),
            n(cy),
            n(rx),
            n(ry),
            self.metal(),
            self.recess(),
            n(cx),
            n(cy),
            n(rx - 5.0),
            n(ry - 5.0),
            self.recess()
        );
        if self.spec.finish == Finish::Hammered || self.has(Technique::Hammered) {
            self.facets(cx, cy, ry);
        }
        self.highlight(cx, cy, ry);
    }

    pub fn tiara_frame(&mut self, s: f64) {
        let peak = 40.0 / s.max(0.8);
        let d = format!(
            "M14 196Q120 150 226 196L216 178L184 150L172 118L158 146L136 112L120 {}L104 112L82 146L68 118L56 150L24 178Z",
            n(peak)
        );
        let _ = write!(
            self.out,
            r#"<path d="{d}" fill="{}" stroke="{}" stroke-width="1.5" stroke-linejoin="round"/><path d="M18 192Q120 146 222 192" fill="none" stroke="{}" stroke-width="3" stroke-dasharray="2 2"/>"#,
            self.metal(),
            self.recess(),
            self.recess()
        );
        if self.spec.finish == Finish::Hammered || self.has(Technique::Hammered) {
            self.facets(120.0, 150.0, 40.0);
        }
        for (x, y) in [(68.0, 118.0), (172.0, 118.0), (120.0, peak)] {
            let _ = write!(
                self.out,
                r#"<circle cx="{}" cy="{}" r="3.2" fill="{}"/>"#,
                n(x),
                n(y),
                self.metal()
            );
        }
    }

    pub fn bail(&mut self, cx: f64, y: f64) {
        let _ = write!(
            self.out,
            r#"<rect x="{}" y="{}" width="12" height="18" rx="6" fill="none" stroke="{}" stroke-width="3.5"/>"#,
            n(cx - 6.0),
            n(y),
            self.metal()
        );
    }
}
