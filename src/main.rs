fn main() {
    // Debug builds only: the hook and the message formatting it keeps cost about 1.2 KB of brotli in
    // the first module. A panic in release still stops with an error in the console, without the
    // message; reproduce it with `bash scripts/build.sh --dev` to read it.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(perak_batankrajan::App);
}
