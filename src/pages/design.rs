use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};

use crate::components::{
    AddedNotice, CatalogueGate, DesignArt, DesignCard, PageMeta, Passage, PriceTag, WorkshopCard,
    ZoomView,
};
use crate::domain::inquiry::shortlist::{MAX_QTY, ShortlistItem};
use crate::domain::insights::Event;
use crate::domain::render::zoom::ZoomState;
use crate::domain::{Catalogue, Design, Finish, ItemRef, pricing::format};
use crate::i18n::{t_string, td_string, use_i18n};
use crate::labels;
use crate::routes;
use crate::state::{tr, use_catalogue, use_insights, use_lang, use_shortlist};

#[component]
pub fn DesignPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    view! {
        <CatalogueGate children=move |catalogue| {
            let id = id.get();
            view! { <DesignDetail id=id catalogue=catalogue /> }
        } />
    }
}

#[component]
fn DesignDetail(id: String, catalogue: Arc<Catalogue>) -> impl IntoView {
    let i18n = use_i18n();
    let Some(design) = catalogue.design(&id).cloned() else {
        return view! {
            <PageMeta
                title=move || t_string!(i18n, design_not_found_title).to_string()
                description=move || t_string!(i18n, design_not_found_title).to_string()
            />
            <section class="page not-found">
                <h1>{tr(|l| td_string!(l, design_not_found_title))}</h1>
                <p>{move || t_string!(i18n, design_not_found_body, id = id.clone()).to_string()}</p>
                <A href=routes::localized(routes::CATALOGUE) attr:class="button">{tr(|l| td_string!(l, design_back))}</A>
            </section>
        }
        .into_any();
    };
    let lang = use_lang();
    use_insights().record(Event::Viewed(ItemRef::design(design.id.as_str())));
    let d = Arc::new(design);
    let workshop = catalogue.workshop(&d.workshop).cloned();
    let workshop_name = workshop
        .as_ref()
        .map(|w| w.name.clone())
        .unwrap_or_default();

    // The chosen size and finish live in the URL, so a shared link shows the same variant and price.
    let query = use_query_map();
    let navigate = use_navigate();
    let sizes = d.sizes();
    let finishes = d.finishes();
    let default_size = sizes.get(sizes.len() / 2).cloned();
    let size = {
        let sizes = sizes.clone();
        Memo::new(move |_| {
            query
                .read()
                .get("size")
                .filter(|s| sizes.contains(s))
                .or_else(|| default_size.clone())
        })
    };
    let base_finish = d.finish;
    let finish = {
        let finishes = finishes.clone();
        Memo::new(move |_| {
            query
                .read()
                .get("finish")
                .and_then(|k| Finish::from_key(&k))
                .filter(|f| finishes.contains(f))
                .unwrap_or(base_finish)
        })
    };
    let set_variant = {
        let id = d.id.clone();
        move |size: Option<String>, finish: Finish| {
            navigate(
                &routes::design_variant(&id, finish, size.as_deref()),
                NavigateOptions {
                    replace: true,
                    scroll: false,
                    ..Default::default()
                },
            );
        }
    };
    let weight = {
        let d = d.clone();
        Memo::new(move |_| d.variant_weight(size.get().as_deref(), Some(finish.get())))
    };

    let title = {
        let d = d.clone();
        move || d.name.get(lang.get()).to_owned()
    };
    let description = {
        let d = d.clone();
        let workshop_name = workshop_name.clone();
        move || {
            t_string!(
                i18n,
                design_description,
                form = labels::form(i18n, d.form),
                fineness = d.fineness,
                workshop = workshop_name.clone(),
                weight = format::decimal(d.weight_g, 1, lang.get())
            )
            .to_string()
        }
    };
    let zoom = RwSignal::new(ZoomState::default());
    let shortlist = use_shortlist();
    let qty = RwSignal::new(1u32);
    let added = RwSignal::new(false);
    let add = {
        let id = d.id.clone();
        move |_| {
            shortlist.add(ShortlistItem {
                item: ItemRef::design(id.as_str()),
                qty: qty.get_untracked(),
                size: size.get_untracked(),
                finish: Some(finish.get_untracked()),
            });
            added.set(true);
        }
    };
    // The inquiry form takes its designs in the shortlist's encoding, so this is an ordinary link.
    let quote_href = {
        let id = d.id.clone();
        move || {
            let item = ShortlistItem {
                item: ItemRef::design(id.as_str()),
                qty: qty.get(),
                size: size.get(),
                finish: Some(finish.get()),
            };
            routes::inquiry_for(&[item])
        }
    };
    let (related_motif, related_form) = {
        let (motif, form) = catalogue.related(&d);
        let owned = |list: Vec<&Design>| list.into_iter().cloned().collect::<Vec<_>>();
        (owned(motif), owned(form))
    };
    let motif_links = d
        .motifs
        .iter()
        .filter_map(|m| catalogue.motif(m).cloned())
        .map(|m| {
            let href = routes::motif(&m.id);
            view! { <A href=routes::localized(href)>{move || m.name.get(lang.get()).to_owned()}</A>" " }
        })
        .collect_view();
    let techniques = {
        let d = d.clone();
        move || {
            d.techniques
                .iter()
                .map(|t| labels::technique(i18n, *t))
                .collect::<Vec<_>>()
                .join(", ")
        }
    };
    let dims = d.dimensions;
    let fineness = d.fineness;
    let form = d.form;
    let date = d.date.clone();
    let date_label = {
        let date = date.clone();
        move || labels::date(i18n, &date)
    };
    let size_select = {
        let set_variant = set_variant.clone();
        (!sizes.is_empty()).then(|| {
            let options = sizes
                .iter()
                .map(|s| {
                    let value = s.clone();
                    let selected = {
                        let s = s.clone();
                        move || size.get().as_deref() == Some(s.as_str())
                    };
                    let shown = s.clone();
                    view! { <option value=value selected=selected>{move || labels::size(i18n, &shown)}</option> }
                })
                .collect_view();
            view! {
                <div class="field">
                    <label for="variant-size">{tr(|l| td_string!(l, label_size_choice))}</label>
                    <select id="variant-size" on:change=move |ev| set_variant(Some(event_target_value(&ev)), finish.get_untracked())>
                        {options}
                    </select>
                </div>
            }
        })
    };
    let finish_select = {
        let set_variant = set_variant.clone();
        let options = finishes
            .iter()
            .map(|f| {
                let f = *f;
                view! { <option value=f.key() selected=move || finish.get() == f>{move || labels::finish(i18n, f)}</option> }
            })
            .collect_view();
        view! {
            <div class="field">
                <label for="variant-finish">{tr(|l| td_string!(l, label_finish))}</label>
                <select
                    id="variant-finish"
                    on:change=move |ev| set_variant(size.get_untracked(), Finish::from_key(&event_target_value(&ev)).unwrap_or(base_finish))
                >
                    {options}
                </select>
            </div>
        }
    };
    let art_design = (*d).clone();
    let art_design = Design {
        finish: base_finish,
        ..art_design
    };
    // The gallery: each photo, then the drawing made from the data (the one view of a design without
    // photos). Zoom and pan work on either.
    let photo_count = art_design.photos.len();
    let shown = RwSignal::new(if photo_count > 0 {
        ArtView::Photo(0)
    } else {
        ArtView::Drawing
    });
    let live_art = {
        let motif = catalogue.lead_motif(&d).cloned();
        move || {
            // The drawing follows the chosen finish.
            let mut design = Design {
                finish: finish.get(),
                ..art_design.clone()
            };
            match shown.get() {
                ArtView::Drawing => design.photos.clear(),
                ArtView::Photo(i) => design
                    .photos
                    .rotate_left(i.min(photo_count.saturating_sub(1))),
            }
            view! { <DesignArt design=design motif=motif.clone() large=true /> }
        }
    };
    let gallery = (photo_count > 0).then(|| {
        let choice = move |view: ArtView, label: String| {
            view! {
                <button type="button" class="button button-quiet" aria-pressed=move || (shown.get() == view).to_string()
                    on:click=move |_| shown.set(view)>
                    {label}
                </button>
            }
        };
        view! {
            <div class="gallery" role="group" aria-label=move || t_string!(i18n, design_gallery).to_string()>
                {move || {
                    let mut views: Vec<_> = (0..photo_count)
                        .map(|i| choice(ArtView::Photo(i), t_string!(i18n, design_view_photo, n = i + 1).to_string()))
                        .collect();
                    views.push(choice(ArtView::Drawing, t_string!(i18n, design_view_drawing).to_string()));
                    views
                }}
            </div>
        }
    });
    let state = use_catalogue();
    view! {
        <PageMeta title=title.clone() description=description />
        <article class="design-page">
            <A href=move || routes::localized(state.back_href()) attr:class="back-link">{tr(|l| td_string!(l, design_back))}</A>
            <div class="design-layout">
                <div class="design-views">
                    <ZoomView zoom=zoom>{live_art}</ZoomView>
                    {gallery}
                </div>
                <div class="design-info">
                    <h1>{title}</h1>
                    <p class="design-sub">
                        {move || labels::form(i18n, form)}" · "{workshop_name.clone()}
                    </p>
                    {d.description.clone().map(|text| view! { <Passage text=text /> })}
                    <PriceTag
                        settings=catalogue.settings.clone()
                        weight_g=weight
                        fineness=fineness
                        techniques=d.techniques.clone()
                        on_request=d.price_on_request
                    />
                    <div class="variant">
                        {size_select}
                        {finish_select}
                        <div class="field">
                            <label for="variant-qty">{tr(|l| td_string!(l, label_quantity))}</label>
                            <input
                                id="variant-qty"
                                type="number"
                                inputmode="numeric"
                                min="1"
                                max=MAX_QTY.to_string()
                                prop:value=move || qty.get().to_string()
                                on:input=move |ev| {
                                    if let Ok(n) = event_target_value(&ev).trim().parse::<u32>() {
                                        qty.set(n.clamp(1, MAX_QTY));
                                    }
                                }
                            />
                        </div>
                    </div>
                    <div class="actions">
                        <button type="button" class="button" on:click=add>{tr(|l| td_string!(l, shortlist_add))}</button>
                        <A href=move || routes::localized(quote_href()) attr:class="button button-quiet">{tr(|l| td_string!(l, design_request_quote))}</A>
                        <AddedNotice shown=added message=|l| td_string!(l, shortlist_added) />
                    </div>
                    <dl class="specs">
                        <dt>{tr(|l| td_string!(l, label_weight))}</dt>
                        <dd>{move || t_string!(i18n, weight_grams, weight = format::decimal(weight.get(), 1, lang.get())).to_string()}</dd>
                        <dt>{tr(|l| td_string!(l, label_motifs))}</dt>
                        <dd>{motif_links}</dd>
                        <dt>{tr(|l| td_string!(l, label_techniques))}</dt>
                        <dd>{techniques}</dd>
                        <dt>{tr(|l| td_string!(l, label_fineness))}</dt>
                        <dd>
                            {move || {
                                labels::fineness(i18n, fineness)
                            }}
                        </dd>
                        <dt>{tr(|l| td_string!(l, label_size))}</dt>
                        <dd>
                            {move || {
                                let l = lang.get();
                                t_string!(
                                    i18n,
                                    dimensions_mm,
                                    width = format::decimal(dims.width_mm, 1, l),
                                    height = format::decimal(dims.height_mm, 1, l),
                                    depth = format::decimal(dims.depth_mm, 1, l)
                                )
                                .to_string()
                            }}
                        </dd>
                        <dt>{tr(|l| td_string!(l, label_date))}</dt>
                        <dd><time datetime=date.clone()>{date_label}</time></dd>
                    </dl>
                </div>
            </div>
            {workshop.map(|w| view! { <WorkshopCard workshop=w /> })}
            <RelatedDesigns heading=RelatedKind::Motif designs=related_motif catalogue=catalogue.clone() />
            <RelatedDesigns heading=RelatedKind::Form designs=related_form catalogue=catalogue.clone() />
        </article>
    }
    .into_any()
}

#[derive(Clone, Copy, PartialEq)]
enum RelatedKind {
    Motif,
    Form,
}

#[component]
fn RelatedDesigns(
    heading: RelatedKind,
    designs: Vec<Design>,
    catalogue: Arc<Catalogue>,
) -> impl IntoView {
    let i18n = use_i18n();
    (!designs.is_empty()).then(|| {
        let title = move || match heading {
            RelatedKind::Motif => t_string!(i18n, related_motif).to_string(),
            RelatedKind::Form => t_string!(i18n, related_form).to_string(),
        };
        view! {
            <section class="related">
                <h2>{title}</h2>
                <ul class="card-grid">
                    {designs.into_iter().map(|d| view! { <DesignCard design=d catalogue=catalogue.clone() /> }).collect_view()}
                </ul>
            </section>
        }
    })
}

/// What the design page's large view shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ArtView {
    Photo(usize),
    Drawing,
}
