//! A photo from a maker's phone, made fit for the catalogue.
//!
//! A phone photo is large, often stored on its side with an EXIF note saying which way is up, and
//! carries metadata a maker never meant to publish (the GPS position of the workshop, the phone's serial
//! number). [`process`] decodes it, turns it upright, keeps the pixels and nothing else, and writes it
//! at the catalogue's three widths. It runs in a Web Worker (`src/worker.rs`) so that the page never
//! waits for it; the app itself uses only the messages ([`protocol`]) and the problems, without the
//! codecs (feature `codec`).

use serde::{Deserialize, Serialize};

pub mod protocol;

/// The widths written for every photo: a card on a phone, the design page, a zoom on a large screen.
/// A photo narrower than one of them is never enlarged; it is written at its own width instead.
pub const WIDTHS: [u32; 3] = [400, 960, 1920];

/// The largest file taken: well above a 50-megapixel phone JPEG (about 25 MB).
pub const MAX_BYTES: u64 = 40 * 1024 * 1024;

/// The most pixels decoded. A decompression bomb (a small PNG declaring 20000 x 20000 pixels) would need
/// 1.6 GB once decoded; a 50-megapixel phone photo passes.
pub const MAX_PIXELS: u64 = 50_000_000;

/// JPEG quality of every written width: 82 is the usual setting for photographs on the web (no visible
/// blocking, about half the bytes of 90); the benchmark prints the sizes it gives. JPEG rather than
/// WebP because the `image` crate writes only lossless WebP, several times larger for photographs.
pub const JPEG_QUALITY: u8 = 82;

/// Why a file could not become a photo of the catalogue. Each names what the maker can do about it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum PhotoProblem {
    /// The file is larger than [`MAX_BYTES`].
    TooLarge { bytes: u64, max: u64 },
    /// The picture declares more than [`MAX_PIXELS`] pixels.
    TooManyPixels { width: u32, height: u32, max: u64 },
    /// Not a JPEG, PNG or WebP picture (a document, a video, a renamed text file).
    NotAnImage,
    /// A picture that stops early or is damaged (an interrupted copy or download).
    Damaged,
    /// The photo worker could not be started or stopped answering.
    WorkerFailed,
}

/// One written width of a photo.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resized {
    pub width: u32,
    pub height: u32,
    /// Baseline JPEG with no metadata segments at all.
    pub jpeg: Vec<u8>,
}

/// A photo ready for the catalogue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Processed {
    /// Upright size of the original.
    pub width: u32,
    pub height: u32,
    /// The photo's average colour (`#rrggbb`), shown while its file arrives so that nothing jumps.
    pub placeholder: String,
    /// From the narrowest to the widest, one per distinct width of [`WIDTHS`].
    pub files: Vec<Resized>,
}

/// The widths a photo `width` pixels wide is written at: [`WIDTHS`] with none wider than the photo.
pub fn widths_for(width: u32) -> Vec<u32> {
    let mut out: Vec<u32> = WIDTHS.iter().map(|w| (*w).min(width)).collect();
    out.dedup();
    out
}

/// The height that keeps the proportion of `width` x `height` at `new_width`, at least one pixel.
pub fn height_at(width: u32, height: u32, new_width: u32) -> u32 {
    let h =
        (u64::from(height) * u64::from(new_width) + u64::from(width) / 2) / u64::from(width.max(1));
    (h as u32).max(1)
}

#[cfg(feature = "codec")]
mod codec;
#[cfg(feature = "codec")]
pub use codec::process;

#[cfg(feature = "sample")]
pub mod sample;
