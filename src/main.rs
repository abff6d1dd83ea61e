#![deny(clippy::unwrap_used, clippy::expect_used)]

fn main() {
    // Debug builds only: the hook and the message formatting it keeps cost about 1.2 KB of brotli in
    // the first module. A panic in release still stops with an error in the console, without the
    // message; reproduce it with `bash scripts/build.sh --dev` to read it.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    // In every build: a stopped app says so and offers a reload (a kiosk reloads by itself).
    perak_batankrajan::platform::crash::install();
    // The language comes first: its texts may have to be fetched, and the page must not be drawn in
    // another language meanwhile. (wasm-bindgen's executor: Leptos' own is set up by the mount.)
    wasm_bindgen_futures::spawn_local(async {
        perak_batankrajan::state::prepare_locale().await;
        leptos::mount::mount_to_body(perak_batankrajan::App);
    });
}
