use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::td_string;
use crate::routes;
use crate::state::{Text, tr};

/// The confirmation after something was put on the shortlist, with the way to it. A status region, so a
/// screen reader announces it without moving focus away from the button that was pressed.
#[component]
pub fn AddedNotice(
    /// Whether anything has been added yet; the notice stays once shown.
    #[prop(into)]
    shown: Signal<bool>,
    /// What was added, in the current language.
    message: Text,
) -> impl IntoView {
    view! {
        <Show when=move || shown.get()>
            <p class="notice" role="status">
                {tr(message)}" "
                <A href=routes::localized(routes::SHORTLIST)>{tr(|l| td_string!(l, shortlist_open))}</A>
            </p>
        </Show>
    }
}
