//! Writes the pre-rendered pages, their link-preview pictures, `sitemap.xml` and `robots.txt` into a
//! built site: `cargo run --example prerender -- dist` (scripts/build.sh runs it after the shell is
//! final). See `src/prerender/mod.rs` for what the pages are and why.

#[cfg(not(target_arch = "wasm32"))]
use std::{path::Path, process::ExitCode, sync::Arc, time::Instant};

#[cfg(not(target_arch = "wasm32"))]
use perak_batankrajan::prerender::{self, PICTURE_HEIGHT, PICTURE_WIDTH, Picture};

// The module it uses is host-only; built for the browser (clippy's wasm32 pass) it does nothing.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> ExitCode {
    let dist = std::env::args().nth(1).unwrap_or_else(|| "dist".to_owned());
    match run(Path::new(env!("CARGO_MANIFEST_DIR")), Path::new(&dist)) {
        Ok(msg) => {
            println!("prerender: {msg}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn run(root: &Path, dist: &Path) -> Result<String, String> {
    let started = Instant::now();
    let shell = std::fs::read_to_string(dist.join("index.html")).map_err(|e| {
        format!(
            "cannot read {}/index.html (build first): {e}",
            dist.display()
        )
    })?;
    let (out, site) = prerender::from_project(root, dist, &shell)?;
    if site.is_local() {
        // Not an error: serving and testing locally want exactly this.
        eprintln!(
            "prerender: warning: the site's address is {} (site.json); link previews and search engines \
             need the public one: set PERAK_SITE_URL for a build that goes online",
            site.url("")
        );
    }
    let write = |rel: &str, bytes: &[u8]| {
        let path = dist.join(rel.trim_start_matches('/'));
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        }
        std::fs::write(&path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
    };
    for page in &out.pages {
        write(&page.file(), page.html.as_bytes())?;
    }
    write(
        "sitemap.xml",
        prerender::sitemap(&out.pages, &site).as_bytes(),
    )?;
    write("robots.txt", prerender::robots(&site).as_bytes())?;

    let fonts = fonts(root)?;
    // Most of the step's time: one share of the pictures per core.
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let share = out.pictures.len().div_ceil(threads).max(1);
    let bytes = std::thread::scope(|scope| {
        let workers: Vec<_> = out
            .pictures
            .chunks(share)
            .map(|pictures| {
                let (fonts, write) = (&fonts, &write);
                scope.spawn(move || {
                    pictures.iter().try_fold(0, |bytes, picture| {
                        let jpeg = rasterise(picture, fonts)?;
                        write(&picture.path, &jpeg)?;
                        Ok::<usize, String>(bytes + jpeg.len())
                    })
                })
            })
            .collect();
        workers.into_iter().try_fold(0, |sum, worker| {
            Ok::<usize, String>(sum + worker.join().map_err(|_| "a picture's thread stopped")??)
        })
    })?;
    Ok(format!(
        "{} pages, {} pictures ({} KB), sitemap.xml and robots.txt for {} in {:.1} s",
        out.pages.len(),
        out.pictures.len(),
        bytes / 1024,
        site.url("/"),
        started.elapsed().as_secs_f64()
    ))
}

/// The pictures' typeface, installed by scripts/setup.sh (npm `source-sans`).
#[cfg(not(target_arch = "wasm32"))]
fn fonts(root: &Path) -> Result<Arc<resvg::usvg::fontdb::Database>, String> {
    let dir = root.join(".tools/node_modules/source-sans/TTF");
    let mut db = resvg::usvg::fontdb::Database::new();
    for face in ["SourceSans3-Regular.ttf", "SourceSans3-Semibold.ttf"] {
        let path = dir.join(face);
        // (fontdb's file loading needs a feature resvg leaves off; the bytes are the same.)
        let data = std::fs::read(&path)
            .map_err(|e| format!("cannot read {} (run scripts/setup.sh): {e}", path.display()))?;
        db.load_font_data(data);
    }
    Ok(Arc::new(db))
}

/// The picture as a JPEG: a fraction of a PNG's size for a drawing with gradients, and what every
/// link preview reads.
#[cfg(not(target_arch = "wasm32"))]
fn rasterise(
    picture: &Picture,
    fonts: &Arc<resvg::usvg::fontdb::Database>,
) -> Result<Vec<u8>, String> {
    use resvg::{tiny_skia, usvg};
    let options = usvg::Options {
        fontdb: fonts.clone(),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(&picture.svg, &options)
        .map_err(|e| format!("{}: the picture's SVG does not parse: {e}", picture.path))?;
    let mut pixmap =
        tiny_skia::Pixmap::new(PICTURE_WIDTH, PICTURE_HEIGHT).ok_or("a picture of no size")?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    // The background is opaque, so dropping the (premultiplied) alpha leaves the colours as they are.
    let rgb: Vec<u8> = pixmap
        .data()
        .chunks_exact(4)
        .flat_map(|p| [p[0], p[1], p[2]])
        .collect();
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 85)
        .encode(
            &rgb,
            PICTURE_WIDTH,
            PICTURE_HEIGHT,
            image::ExtendedColorType::Rgb8,
        )
        .map_err(|e| format!("{}: cannot encode: {e}", picture.path))?;
    Ok(jpeg)
}
