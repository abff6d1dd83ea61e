use leptos::html::Input;
use leptos::prelude::*;

use crate::domain::browse::BrowseQuery;
use crate::i18n::td_string;
use crate::state::tr;

/// The search field. It finds as you type; suggestions complete or correct the word being typed, and
/// before anything is typed offer motifs to start from.
#[component]
pub fn SearchBox(
    query: Memo<BrowseQuery>,
    suggestions: Memo<Vec<String>>,
    go: Callback<(BrowseQuery, bool)>,
    /// Each keystroke's text; the page shows results at once and writes the URL later.
    on_type: Callback<String>,
    /// Enter or leaving the field: the URL should hold the query now.
    commit: Callback<()>,
) -> impl IntoView {
    let input: NodeRef<Input> = NodeRef::new();
    // Follow the URL (back/forward, shared links) without fighting the caret while typing.
    Effect::new(move |_| {
        let q = query.read().q.clone();
        if let Some(el) = input.get()
            && el.value() != q
        {
            el.set_value(&q);
        }
    });
    let on_input = move |ev| on_type.run(event_target_value(&ev));
    let apply = move |word: String| {
        let mut q = query.get_untracked();
        q.apply_suggestion(&word);
        go.run((q, false));
        if let Some(el) = input.get_untracked() {
            let _ = el.focus();
        }
    };
    view! {
        <div class="search" role="search">
            <label for="search-input" class="search-label">{tr(|l| td_string!(l, search_label))}</label>
            <input
                id="search-input"
                node_ref=input
                type="search"
                autocomplete="off"
                spellcheck="false"
                // `QUERY_MAX_CHARS`, so that a typed search always fits its link (in UTF-16 units, never
                // more characters than that). A literal measured 90 bytes smaller in the module than the
                // constant; e2e `a_long_search_comes_back_whole_from_its_link` fails if the two differ.
                maxlength="200"
                placeholder=tr(|l| td_string!(l, search_placeholder))
                prop:value=query.get_untracked().q
                on:input=on_input
                on:change=move |_| commit.run(())
            />
            // The row is there before the first letter: suggestions appearing under the field used to
            // push the whole page down on that keystroke, moving the results and re-laying out all of it.
            <div class="suggestions-slot">
                <Show when=move || !suggestions.read().is_empty()>
                    <div class="suggestions">
                        <span id="suggestions-label">{tr(|l| td_string!(l, suggestions_label))}</span>
                        <ul aria-labelledby="suggestions-label">
                            {move || {
                                suggestions
                                    .get()
                                    .into_iter()
                                    .map(|w| {
                                        let word = w.clone();
                                        view! {
                                            <li>
                                                <button type="button" class="chip" on:click=move |_| apply(word.clone())>
                                                    {w}
                                                </button>
                                            </li>
                                        }
                                    })
                                    .collect_view()
                            }}
                        </ul>
                    </div>
                </Show>
            </div>
        </div>
    }
}
