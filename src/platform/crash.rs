//! What happens after a panic. A panic stops the module for good (wasm has no unwinding here), and a
//! stopped module leaves a page that looks alive but answers nothing. The hook only raises an event:
//! index.html's own script, which does not depend on the module, shows a notice with a reload button,
//! and on a kiosk reloads into the attract loop by itself.

/// The event index.html listens for.
pub const CRASHED: &str = "perak:crashed";

/// Installs the panic hook. In debug builds it runs after the one that logs the message; in release
/// there is nothing to chain (the default hook writes to a stderr wasm does not have).
pub fn install() {
    #[cfg(debug_assertions)]
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |_info| {
        #[cfg(debug_assertions)]
        previous(_info);
        report();
    }));
}

/// Tells the page that the app has stopped.
pub fn report() {
    if let (Some(window), Ok(event)) = (web_sys::window(), web_sys::Event::new(CRASHED)) {
        let _ = window.dispatch_event(&event);
    }
}
