//! Platform prices in the assumptions drawer: one collapsed group per
//! catalog option, each row a billing dimension with the catalog's figure
//! (or "no public price"), the source line and date, an entry and a reset.
//! The rows are `model::option_prices::groups()`; this only renders them.

use super::drawer::Drawer;
use super::number_entry::NumberEntry;
use crate::state::{ctx, Ctx, Edit};
use leptos::prelude::*;
use model::option_prices::{groups, PriceGroup, PriceRow};

/// One editable price: the person's, else the catalog's, else empty.
#[component]
fn PriceField(
    /// Which option and dimension.
    row: PriceRow,
    /// The option's name, for the field's accessible name.
    name: &'static str,
) -> impl IntoView {
    let Ctx { doc, editor, .. } = ctx();
    let (option, dim) = (row.option, row.dim);
    let yours = Memo::new(move |_| {
        doc.assumptions
            .with(|a| a.option_prices().get_by_id(option, dim))
    });
    let catalog = row.catalog;
    let value = Signal::derive(move || yours.get().or(catalog).unwrap_or(f64::NAN));
    let changed = Memo::new(move |_| yours.get().is_some());
    let set = Callback::new(move |v: f64| editor.apply(Edit::OptionPrice(option, dim, v)));
    let id = format!("oprice-{option}-{}", dim.key());
    let label = format!("{name}: price of {} ({})", row.label, row.unit);
    let reset_label = format!("Reset {} to the catalog's price", row.key);
    let base = match catalog {
        Some(v) => format!("Catalog ${}", model::codec::number(v)),
        None => "Catalog: no public price".to_string(),
    };
    view! {
        <div class="cap oprice" class:changed=move || changed.get() data-key=row.key.clone()>
            <label for=id.clone()>{format!("{} ({})", row.label, row.unit)}</label>
            <div class="cap-row">
                <NumberEntry spec=dim.spec() value=value on_set=set id=id.clone() label=label
                    placeholder="not public" />
                <button class="reset" id=format!("reset-{id}") disabled=move || !changed.get()
                    aria-label=reset_label on:click=move |_| editor.apply(Edit::ResetOptionPrice(option, dim))>"Reset"</button>
            </div>
            <p class="cap-source">
                {move || if changed.get() { format!("Your price · {base}") } else { base.clone() }}
            </p>
        </div>
    }
}

/// One option's prices, collapsed until opened (built on first open).
#[component]
fn PriceGroupView(
    /// The option's rows and source.
    group: PriceGroup,
) -> impl IntoView {
    let Ctx { doc, .. } = ctx();
    let id = group.id;
    let count = Memo::new(move |_| doc.assumptions.with(|a| a.option_prices().count_on(id)));
    let name = group.name;
    let rows = StoredValue::new(group.rows);
    let (source, date, gaps, note) = (group.source, group.priced_on, group.gaps, group.note);
    view! {
        <Drawer id=format!("oprices-{id}") summary=move || view! {
            {name}
            {move || (count.get() > 0).then(|| view! { <span class="badge">{format!("{} yours", count.get())}</span> })}
        }>
            <p class="cap-source">{format!("Source (read {date}): {source}")}</p>
            {(!gaps.is_empty()).then(|| view! {
                <p class="cap-source">{format!("No price fills: {}", gaps.join("; "))}</p>
            })}
            {(!note.is_empty()).then(|| view! { <p class="cap-source">{note}</p> })}
            {rows.get_value().into_iter().map(|r| view! { <PriceField row=r name=name /> }).collect_view()}
        </Drawer>
    }
}

/// Every option's prices, one collapsed group each.
#[component]
pub fn OptionPrices() -> impl IntoView {
    view! {
        <div class="oprices" id="option-prices">
            {groups().into_iter().map(|g| view! { <PriceGroupView group=g /> }).collect_view()}
        </div>
    }
}
