//! The assumptions drawer: where the broker tier runs and its sizing
//! policy, each component's instance profile, then every
//! per-node capacity and unit price, editable, with its default (the
//! profile's value where a profile sets it), its source and a reset, then
//! each platform option's prices (`option_prices.rs`).

use super::drawer::Drawer;
use super::number_entry::NumberEntry;
use super::option_prices::OptionPrices;
use super::range_entry::{glance, RangeEntry};
use crate::state::{ctx, Ctx, Edit};
use leptos::prelude::*;
use model::component::Component;
use model::platforms::PLATFORMS;
use model::policy::Policy;
use model::profiles::catalog;
use model::ranges::Key;
use model::Cap;

/// One editable capacity or price.
#[component]
fn CapField(
    /// Which row.
    cap: Cap,
) -> impl IntoView {
    let Ctx { doc, editor, .. } = ctx();
    let spec = cap.spec();
    let value = Memo::new(move |_| doc.assumptions.with(|a| a.get(cap)));
    let base = Memo::new(move |_| doc.assumptions.with(|a| a.base(cap)));
    let changed = Memo::new(move |_| doc.assumptions.with(|a| a.is_set(cap)));
    let set = Callback::new(move |v: f64| editor.apply(Edit::Cap(cap, v)));
    let key = Key::Cap(cap);
    let range = Memo::new(move |_| doc.ranges.with(|r| r.get(key).copied()));
    let toggle = Callback::new(move |on: bool| {
        editor.apply(if on {
            Edit::RangeOn(key)
        } else {
            Edit::RangeOff(key)
        })
    });
    let set_range = Callback::new(move |r| editor.apply(Edit::Range(key, r)));
    let id = if cap.is_price() {
        format!("price-{}", spec.key)
    } else {
        format!("cap-{}", spec.key)
    };
    view! {
        <div class="cap" class:changed=move || changed.get() data-key=cap.link_key()>
            <label for=id.clone()>{spec.label}
                {move || range.get().map(|r| view! { " " <span class="range-glance">{glance(key, &r, model::entry::RateBase::PerSecond)}</span> })}
            </label>
            <div class="cap-row">
                <NumberEntry spec=spec value=value on_set=set id=id.clone() label=spec.label />
                <button class="reset" id=format!("reset-{}", id.trim_start_matches("cap-")) disabled=move || !changed.get()
                    aria-label=format!("Reset {} to its default", spec.label)
                    on:click=move |_| editor.apply(Edit::ResetCap(cap))>"Reset"</button>
                <RangeEntry key=key range=range on_toggle=toggle on_range=set_range id=cap.link_key() />
            </div>
            <p class="cap-source">
                {move || format!("Default {} · {}", spec.unit.show(base.get()), spec.source)}
            </p>
        </div>
    }
}

/// A menu of one component's instance profiles.
#[component]
fn ProfilePicker(
    /// Which component.
    component: Component,
) -> impl IntoView {
    let Ctx { doc, editor, .. } = ctx();
    let current = Memo::new(move |_| doc.assumptions.with(|a| a.profile(component).id));
    // Marked like a changed capacity: the drawer's count includes it.
    let changed = Memo::new(move |_| doc.assumptions.with(|a| !a.is_default_profile(component)));
    let id = format!("profile-{}", component.id());
    view! {
        <div class="cap profile" class:changed=move || changed.get() data-key=format!("profile.{}", component.id())>
            <label for=id.clone()>{component.label()}</label>
            // `selected` sets the first render; prop:value moves it later, since a
            // <select> the person has used ignores attribute changes (Back/Forward).
            <select id=id prop:value=move || current.get() on:change=move |ev| editor.apply(Edit::Profile(component, event_target_value(&ev)))>
                {catalog(component).iter().map(|p| view! {
                    <option value=p.id selected=move || current.get() == p.id>{format!("{} — {}", p.id, p.label)}</option>
                }).collect_view()}
            </select>
            <p class="cap-source">{move || catalog(component).iter().find(|p| p.id == current.get()).map(|p| p.source.to_string())}</p>
        </div>
    }
}

/// Where the broker tier runs and whose assumptions size it: the same
/// choice as the "Where to run it" card's Use buttons.
#[component]
fn PlatformPickers() -> impl IntoView {
    let Ctx { doc, editor, .. } = ctx();
    let platform = Memo::new(move |_| doc.assumptions.with(|a| a.platform().id));
    // By key, as the platform is: `Memo<&str>` is built already (a smaller wasm).
    let policy = Memo::new(move |_| doc.assumptions.with(|a| a.policy().key()));
    let platform_changed = Memo::new(move |_| platform.get() != model::platforms::DEFAULT);
    let policy_changed = Memo::new(move |_| policy.get() != Policy::Default.key());
    view! {
        <div class="cap profile" class:changed=move || platform_changed.get() data-key="platform">
            <label for="platform-select">"Runs on (broker tier)"</label>
            <select id="platform-select" prop:value=move || platform.get()
                on:change=move |ev| editor.apply(Edit::Platform(event_target_value(&ev)))>
                {PLATFORMS.iter().map(|p| view! {
                    <option value=p.id selected=move || platform.get() == p.id>{p.name}</option>
                }).collect_view()}
            </select>
            <p class="cap-source">{move || model::platforms::find(platform.get()).map(|p| p.source.to_string())}</p>
        </div>
        <div class="cap profile" class:changed=move || policy_changed.get() data-key="policy">
            <label for="policy-select">"Sizing policy"</label>
            <select id="policy-select" prop:value=move || policy.get()
                on:change=move |ev| {
                    if let Some(p) = Policy::from_key(&event_target_value(&ev)) {
                        editor.apply(Edit::Policy(p));
                    }
                }>
                {Policy::ALL.into_iter().map(|p| view! {
                    <option value=p.key() selected=move || policy.get() == p.key()>{p.label()}</option>
                }).collect_view()}
            </select>
            <p class="cap-source">"aws-msk sizes the Kafka brokers with the planning factors of AWS's own msk_sizing.py: 50 % target utilisation and no zone-loss headroom, 6.5 disk writes and 5.7 + 1.5 × fan-out network bytes out per byte in, disks filled to half, and its own GiB rates. docs/PLATFORMS.md lists each factor beside this model's default and says why they differ."</p>
        </div>
    }
}

/// Profiles, capacities and prices in a collapsible drawer.
#[component]
pub fn AssumptionsDrawer() -> impl IntoView {
    let Ctx { doc, editor, .. } = ctx();
    // Profiles count too: a link that only picks one still shows a change.
    let changed = Memo::new(move |_| doc.assumptions.with(|a| a.changed()));
    let (prices, caps): (Vec<Cap>, Vec<Cap>) = Cap::ALL.iter().copied().partition(|c| c.is_price());
    let (prices, caps) = (StoredValue::new(prices), StoredValue::new(caps));
    view! {
        <Drawer id="assumptions" summary=move || view! {
            "Assumptions (profiles, capacities, prices)"
            {move || (changed.get() > 0).then(|| view! { <span class="badge">{format!("{} changed", changed.get())}</span> })}
        }>
            <h3 class="drawer-title">"Where it runs"</h3>
            <PlatformPickers />
            <h3 class="drawer-title">"Instance profiles"</h3>
            {Component::ALL.into_iter().map(|c| view! { <ProfilePicker component=c /> }).collect_view()}
            <h3 class="drawer-title">"Per-node capacities"</h3>
            {caps.get_value().into_iter().map(|c| view! { <CapField cap=c /> }).collect_view()}
            <h3 class="drawer-title">"Unit prices (USD, on-demand)"</h3>
            {prices.get_value().into_iter().map(|c| view! { <CapField cap=c /> }).collect_view()}
            <h3 class="drawer-title">"Platform prices (USD, per option)"</h3>
            <p class="cap-source">"Each option of Where to run it, at the catalog's price with its source. Fill in a price the catalog lacks, or your own quote: the option is then priced at your price."</p>
            <OptionPrices />
            <button class="secondary" id="reset-all" disabled=move || changed.get() == 0
                on:click=move |_| editor.apply(Edit::ResetAssumptions)>"Reset all to defaults"</button>
        </Drawer>
    }
}
