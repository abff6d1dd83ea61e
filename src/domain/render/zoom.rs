//! Zoom and pan of a square view, as pure arithmetic so that it can be tested without a browser and
//! shared by two views that must move together (the compare studio).

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ZoomState {
    pub scale: f64,
    /// Translation in pixels of the view, applied before the scale (transform-origin: centre).
    pub x: f64,
    pub y: f64,
}

impl Default for ZoomState {
    fn default() -> Self {
        ZoomState {
            scale: 1.0,
            x: 0.0,
            y: 0.0,
        }
    }
}

pub const MIN_SCALE: f64 = 1.0;
pub const MAX_SCALE: f64 = 8.0;
/// One press of + or −.
pub const STEP: f64 = 1.5;

impl ZoomState {
    /// Keeps the content covering the view: no panning past its edges.
    fn clamped(self, size: f64) -> ZoomState {
        let scale = if self.scale.is_finite() {
            self.scale.clamp(MIN_SCALE, MAX_SCALE)
        } else {
            1.0
        };
        let limit = (scale - 1.0) * size / 2.0;
        let c = |v: f64| {
            if v.is_finite() {
                v.clamp(-limit, limit)
            } else {
                0.0
            }
        };
        ZoomState {
            scale,
            x: c(self.x),
            y: c(self.y),
        }
    }

    /// Zooms by `factor` keeping the point (`px`, `py`), relative to the view's centre, where it is.
    pub fn zoom_at(self, factor: f64, px: f64, py: f64, size: f64) -> ZoomState {
        let scale = (self.scale * factor).clamp(MIN_SCALE, MAX_SCALE);
        let k = scale / self.scale;
        ZoomState {
            scale,
            x: px - (px - self.x) * k,
            y: py - (py - self.y) * k,
        }
        .clamped(size)
    }

    pub fn pan(self, dx: f64, dy: f64, size: f64) -> ZoomState {
        ZoomState {
            x: self.x + dx,
            y: self.y + dy,
            ..self
        }
        .clamped(size)
    }

    /// The CSS `transform` value that shows this state.
    pub fn transform(self) -> String {
        format!(
            "translate({:.1}px, {:.1}px) scale({:.3})",
            self.x, self.y, self.scale
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zooming_at_the_centre_keeps_it_centred() {
        let z = ZoomState::default().zoom_at(2.0, 0.0, 0.0, 400.0);
        assert_eq!(
            z,
            ZoomState {
                scale: 2.0,
                x: 0.0,
                y: 0.0
            }
        );
    }

    #[test]
    fn zooming_at_a_point_keeps_that_point_still() {
        let size = 400.0;
        let z = ZoomState::default().zoom_at(2.0, 100.0, -50.0, size);
        // The content point under (100, -50) was (100, -50) at scale 1; it is now at x + 2·100 = 100.
        assert_eq!(
            (z.x + z.scale * 100.0, z.y + z.scale * -50.0),
            (100.0, -50.0)
        );
    }

    #[test]
    fn scale_and_pan_are_bounded() {
        let size = 400.0;
        let z = ZoomState::default().zoom_at(100.0, 0.0, 0.0, size);
        assert_eq!(z.scale, MAX_SCALE);
        let z = z.pan(1e9, -1e9, size);
        assert_eq!((z.x, z.y), (1400.0, -1400.0));
        let z = z.zoom_at(1e-9, 0.0, 0.0, size);
        assert_eq!(
            z,
            ZoomState::default(),
            "back at scale 1 nothing can be off-centre"
        );
        assert_eq!(
            ZoomState::default().pan(f64::NAN, 5.0, size),
            ZoomState::default()
        );
    }
}
