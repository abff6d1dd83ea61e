use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::domain::ItemRef;
use crate::domain::studio::boards::BoardProblem;
use crate::i18n::{t_string, td_string, use_i18n};
use crate::labels;
use crate::routes;
use crate::state::{tr, use_boards};

const NEW: &str = "__new__";

/// Saves one item to a chosen or a new board, with a note. `id` keeps several of these on one page
/// apart; `label` names what is saved, for the button. The item may change while the form stays (the
/// mixer's design does), keeping the note being written.
#[component]
pub fn SaveToBoard(
    id: &'static str,
    #[prop(into)] target: Signal<ItemRef>,
    label: Signal<String>,
    /// Told what was saved, once it is.
    #[prop(optional)]
    on_saved: Option<Callback<ItemRef>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let boards = use_boards();
    let list = boards.list();
    let choice = RwSignal::new(String::new());
    let name = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let outcome = RwSignal::new(None::<Result<String, BoardProblem>>);
    let chosen = move || {
        let c = choice.get();
        if c.is_empty() {
            list.with(|l| {
                l.last()
                    .map(|b| b.id.clone())
                    .unwrap_or_else(|| NEW.to_owned())
            })
        } else {
            c
        }
    };
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let board = chosen();
        let result = if board == NEW {
            boards.create(&name.get_untracked())
        } else {
            Ok(board)
        }
        .and_then(|b| {
            let item = target.get_untracked();
            boards.add(&b, item.clone(), note.get_untracked())?;
            if let Some(saved) = on_saved {
                saved.run(item);
            }
            Ok(b)
        });
        if let Ok(id) = &result {
            choice.set(id.clone());
            name.set(String::new());
            note.set(String::new());
        }
        let result = result.map(|id| {
            list.with_untracked(|l| {
                l.iter()
                    .find(|x| x.id == id)
                    .map(|x| x.name.clone())
                    .unwrap_or_default()
            })
        });
        outcome.set(Some(result));
    };
    let select_id = format!("{id}-board");
    let name_id = format!("{id}-name");
    let note_id = format!("{id}-note");
    view! {
        <form class="save-board" on:submit=submit novalidate>
            <div class="field">
                <label for=select_id.clone()>{tr(|l| td_string!(l, board_choose))}</label>
                <select id=select_id prop:value=chosen on:change=move |ev| choice.set(event_target_value(&ev))>
                    <For each=move || list.get() key=|b| b.id.clone() let:b>
                        <option value=b.id.clone()>{b.name.clone()}</option>
                    </For>
                    <option value=NEW>{tr(|l| td_string!(l, board_new_option))}</option>
                </select>
            </div>
            <Show when=move || chosen() == NEW>
                <div class="field">
                    <label for=name_id.clone()>{tr(|l| td_string!(l, board_new_name))}</label>
                    <input id=name_id.clone() type="text" prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev)) />
                </div>
            </Show>
            <div class="field">
                <label for=note_id.clone()>{tr(|l| td_string!(l, board_note))}</label>
                <textarea id=note_id rows="2" prop:value=move || note.get() on:input=move |ev| note.set(event_target_value(&ev))></textarea>
            </div>
            <button type="submit" class="button button-quiet">{move || t_string!(i18n, save_item_to_board, name = label.get())}</button>
            <p role="status" class="save-board-status">
                {move || outcome.get().map(|r| match r {
                    Ok(b) => view! { {t_string!(i18n, board_saved, name = b)}" " <A href=routes::localized(routes::BOARDS)>{tr(|l| td_string!(l, board_open))}</A> }.into_any(),
                    Err(p) => view! { <span class="field-error">{labels::board_problem(i18n, &p)}</span> }.into_any(),
                })}
            </p>
        </form>
    }
}
