use leptos::prelude::*;

use crate::i18n::td_string;
use crate::state::tr;

#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>{tr(|l| td_string!(l, footer_made_in))}</p>
            <p>{tr(|l| td_string!(l, footer_offline))}</p>
        </footer>
    }
}
