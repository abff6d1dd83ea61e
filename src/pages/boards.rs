use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::components::{CatalogueGate, CopyLink, ItemArt, PageMeta};
use crate::domain::Catalogue;
use crate::domain::ItemRef;
use crate::domain::studio::boards::{self, Board, BoardProblem};
use crate::domain::studio::compare::CompareQuery;
use crate::i18n::{t_string, td_string, use_i18n};
use crate::labels;
use crate::platform::{files, location};
use crate::routes;
use crate::state::{Text, tr, use_boards, use_lang};

/// The maker's boards: items with notes, export and import as a file, a share link per board; a board
/// opened from a link (`?shared=`) can be saved here.
#[component]
pub fn BoardsPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let shared = Memo::new(move |_| query.read().get("shared"));
    view! {
        <PageMeta
            title=move || t_string!(i18n, boards_title).to_string()
            description=move || t_string!(i18n, boards_description).to_string()
        />
        <h1 class="page-title">{tr(|l| td_string!(l, boards_title))}</h1>
        <CatalogueGate children=move |catalogue| match shared.get() {
            Some(s) => view! { <SharedBoard param=s catalogue=catalogue /> }.into_any(),
            None => view! { <MyBoards catalogue=catalogue /> }.into_any(),
        } />
    }
}

#[component]
fn SharedBoard(param: String, catalogue: Arc<Catalogue>) -> impl IntoView {
    let boards = use_boards();
    let navigate = use_navigate();
    let Some(board) = boards::from_share_param(&param) else {
        return view! { <p class="notice notice-error" role="alert">{tr(|l| td_string!(l, boards_shared_broken))}</p> }.into_any();
    };
    let to_save = board.clone();
    let save = move |_| {
        let _ = boards.import(&boards::export(std::slice::from_ref(&to_save)));
        navigate(routes::BOARDS, Default::default());
    };
    view! {
        <p class="notice">{tr(|l| td_string!(l, boards_shared_intro))}</p>
        <BoardView board=board catalogue=catalogue editable=false />
        <button type="button" class="button" on:click=save>{tr(|l| td_string!(l, boards_save_shared))}</button>
    }
    .into_any()
}

#[component]
fn MyBoards(catalogue: Arc<Catalogue>) -> impl IntoView {
    let i18n = use_i18n();
    let boards = use_boards();
    let list = boards.list();
    let imported = RwSignal::new(None::<Result<usize, BoardProblem>>);
    let export = move |_| {
        let text = boards::export(&list.get_untracked());
        files::download("perak-boards.json", "application/json", &text);
    };
    let import = move |ev: leptos::ev::Event| {
        spawn_local(async move {
            let result = match files::read_chosen_file(&ev, boards::IMPORT_MAX_BYTES).await {
                Some(Ok(text)) => boards.import(&text),
                Some(Err(files::ChosenFileError::TooLarge)) => Err(BoardProblem::FileTooLarge {
                    max_mb: boards::IMPORT_MAX_BYTES / (1024 * 1024),
                }),
                Some(Err(files::ChosenFileError::Unreadable(detail))) => {
                    Err(BoardProblem::NotABoardsFile { detail })
                }
                None => return,
            };
            imported.set(Some(result));
        });
    };
    let cat = StoredValue::new(catalogue);
    view! {
        <Show when=move || !list.read().is_empty() fallback=|| view! { <p class="empty">{tr(|l| td_string!(l, boards_empty))}</p> }>
            <For each=move || list.get() key=|b| (b.id.clone(), b.name.clone(), b.items.clone()) let:board>
                <BoardView board=board catalogue=cat.get_value() editable=true />
            </For>
        </Show>
        <section class="share" aria-labelledby="boards-file-heading">
            <h2 id="boards-file-heading" class="visually-hidden">{tr(|l| td_string!(l, boards_export))}</h2>
            <div class="actions">
                <button type="button" class="button" on:click=export>{tr(|l| td_string!(l, boards_export))}</button>
                <label class="button button-quiet file-button" for="boards-import">{tr(|l| td_string!(l, boards_import))}</label>
                <input id="boards-import" class="visually-hidden" type="file" accept=".json,application/json" on:change=import />
            </div>
            <p role="status">{move || imported.get().map(|r| match r {
                Ok(n) => t_string!(i18n, boards_imported, count = n).to_string(),
                Err(p) => labels::board_problem(i18n, &p),
            })}</p>
        </section>
    }
}

/// Where a pinned item opens, and the words of that link: a mixer design in the mixer, anything else
/// in the compare studio.
fn item_link(target: &ItemRef) -> (String, Text) {
    match target {
        ItemRef::Mix(m) => (routes::mixer(m, None, None), |l| td_string!(l, mixer_open)),
        _ => (compare_link(target), |l| td_string!(l, board_compare)),
    }
}

fn compare_link(target: &ItemRef) -> String {
    let (left, right) = match target {
        ItemRef::Design(id) => (ItemRef::Design(id.clone()), None),
        ItemRef::Motif(id) => (ItemRef::Motif(id.clone()), None),
        ItemRef::Trend(id) => (ItemRef::Trend(id.clone()), None),
        ItemRef::Sketch { motif, trend } => (
            ItemRef::Motif(motif.clone()),
            Some(ItemRef::Trend(trend.clone())),
        ),
        // Not reached (item_link opens these in the mixer); compared on their own, as a design is.
        ItemRef::Mix(_) => (target.clone(), None),
    };
    routes::compare(&CompareQuery {
        left: Some(left),
        right,
        ..CompareQuery::default()
    })
}

#[component]
fn BoardView(board: Board, catalogue: Arc<Catalogue>, editable: bool) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let boards = use_boards();
    let heading_id = format!("board-{}", board.id);
    let share = routes::board_shared(&location::origin(), &boards::share_param(&board));
    let share_id = format!("share-{}", board.id);
    let name = board.name.clone();
    let count = board.items.len();
    let items = board
        .items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let target = item.target.clone();
            let label = labels::item_name(lang.get_untracked(), &catalogue, &target).unwrap_or_default();
            let (href, link_text) = item_link(&target);
            let board_id = board.id.clone();
            let c = catalogue.clone();
            let t2 = target.clone();
            let title = move || labels::item_name(lang.get(), &c, &t2).unwrap_or_default();
            let details = match &target {
                ItemRef::Mix(m) => {
                    let m = m.clone();
                    Some(view! { <p class="muted">{move || labels::mix_details(lang.get(), &m)}</p> })
                }
                _ => None,
            };
            view! {
                <li class="board-item">
                    <ItemArt catalogue=catalogue.clone() target=target />
                    <div>
                        <h3>{title}</h3>
                        {details}
                        {(!item.note.is_empty()).then(|| view! { <p class="board-note">{item.note.clone()}</p> })}
                        <p class="actions">
                            <A href=routes::localized(href)>{tr(link_text)}</A>
                            {editable.then(|| view! {
                                <button type="button" class="link-button" on:click=move |_| boards.remove_item(&board_id, i)>
                                    {move || t_string!(i18n, board_remove_item, name = label.clone())}
                                </button>
                            })}
                        </p>
                    </div>
                </li>
            }
        })
        .collect_view();
    let (name2, name3, id) = (name.clone(), name.clone(), board.id.clone());
    view! {
        <section class="board" aria-labelledby=heading_id.clone()>
            <h2 id=heading_id.clone()>{name.clone()}" "<span class="muted">{move || t_string!(i18n, board_item_count, count = count)}</span></h2>
            <ul class="board-items">{items}</ul>
            {editable.then(|| view! {
                <CopyLink
                    id=share_id
                    label=Signal::derive(move || t_string!(i18n, boards_share, name = name2.clone()).to_string())
                    url=Signal::stored(share)
                    label_visible=true
                />
                <button type="button" class="link-button" on:click=move |_| boards.delete(&id)>
                    {move || t_string!(i18n, board_delete, name = name3.clone())}
                </button>
            })}
        </section>
    }
}
