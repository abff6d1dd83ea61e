use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::LangSwitch;
use crate::i18n::{t, t_string, use_i18n};
use crate::state::use_shortlist;

#[component]
pub fn SiteHeader() -> impl IntoView {
    let i18n = use_i18n();
    let shortlist = use_shortlist();
    view! {
        <a class="skip-link" href="#main">{t!(i18n, skip_to_content)}</a>
        <header class="site-header">
            <A href="/" attr:class="brand">
                <img class="brand-mark" src="/icons/mark.svg" alt="" width="40" height="40" />
                <span class="brand-text">
                    <span class="brand-name">{t!(i18n, app_name)}</span>
                    <span class="brand-tagline">{t!(i18n, app_tagline)}</span>
                </span>
            </A>
            <nav aria-label=move || t_string!(i18n, nav_label).to_string()>
                <A href="/" exact=true>{t!(i18n, nav_home)}</A>
                <A href="/catalogue">{t!(i18n, nav_catalogue)}</A>
                <A href="/shortlist">
                    {t!(i18n, nav_shortlist)}
                    <span class="nav-count">{move || { let n = shortlist.count(); (n > 0).then(|| n.to_string()) }}</span>
                </A>
            </nav>
            <LangSwitch />
        </header>
    }
}
