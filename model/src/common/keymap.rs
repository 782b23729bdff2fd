//! A small map keyed by `&'static str` and kept sorted by key, for the
//! per-component tables of a result (a cost per component, a simulation
//! summary per tier, a regret per candidate): a handful of entries each,
//! serialised as a JSON object in key order, as `BTreeMap` would be.
//!
//! Why not `BTreeMap`: every value type monomorphises its own B-tree search,
//! insert, split, iteration and drop code into the wasm bundle; a sorted
//! `Vec` needs a binary search and `Vec::insert` (docs/PERFORMANCE.md, stop 25).

use serde::ser::{Serialize, SerializeMap, Serializer};
use std::ops::Index;

/// A map from `&'static str` keys to `V`, iterated in key order.
#[derive(Clone, Debug, PartialEq)]
pub struct KeyMap<V>(Vec<(&'static str, V)>);

impl<V> Default for KeyMap<V> {
    fn default() -> Self {
        Self(Vec::new())
    }
}

impl<V> KeyMap<V> {
    /// An empty map.
    pub fn new() -> Self {
        Self::default()
    }

    fn find(&self, key: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(k, _)| (*k).cmp(key))
    }

    /// Sets `key` to `value`; returns the value it replaced.
    pub fn insert(&mut self, key: &'static str, value: V) -> Option<V> {
        match self.find(key) {
            Ok(i) => Some(std::mem::replace(&mut self.0[i].1, value)),
            Err(i) => {
                self.0.insert(i, (key, value));
                None
            }
        }
    }

    /// The value of `key`.
    pub fn get(&self, key: &str) -> Option<&V> {
        self.find(key).ok().map(|i| &self.0[i].1)
    }

    /// The value of `key`, to change.
    pub fn get_mut(&mut self, key: &str) -> Option<&mut V> {
        self.find(key).ok().map(|i| &mut self.0[i].1)
    }

    /// Whether `key` has a value.
    pub fn contains_key(&self, key: &str) -> bool {
        self.find(key).is_ok()
    }

    /// How many keys.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// No keys.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// (key, value) in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&&'static str, &V)> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    /// The keys in order.
    pub fn keys(&self) -> impl Iterator<Item = &&'static str> {
        self.0.iter().map(|(k, _)| k)
    }

    /// The values in key order.
    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.0.iter().map(|(_, v)| v)
    }

    /// The values in key order, to change.
    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut V> {
        self.0.iter_mut().map(|(_, v)| v)
    }
}

impl<V> Index<&str> for KeyMap<V> {
    type Output = V;
    /// The value of `key`; panics when it has none, as `BTreeMap`'s index does.
    fn index(&self, key: &str) -> &V {
        match self.get(key) {
            Some(v) => v,
            None => panic!("no entry for key {key:?}"),
        }
    }
}

impl<V> FromIterator<(&'static str, V)> for KeyMap<V> {
    fn from_iter<I: IntoIterator<Item = (&'static str, V)>>(iter: I) -> Self {
        let mut m = Self::new();
        for (k, v) in iter {
            m.insert(k, v);
        }
        m
    }
}

impl<V, const N: usize> From<[(&'static str, V); N]> for KeyMap<V> {
    fn from(entries: [(&'static str, V); N]) -> Self {
        entries.into_iter().collect()
    }
}

impl<'a, V> IntoIterator for &'a KeyMap<V> {
    type Item = (&'a &'static str, &'a V);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (&'static str, V)>,
        fn(&'a (&'static str, V)) -> (&'a &'static str, &'a V),
    >;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(k, v)| (k, v))
    }
}

impl<V: Serialize> Serialize for KeyMap<V> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

#[cfg(test)]
mod tests {
    use super::KeyMap;
    use std::collections::BTreeMap;

    #[test]
    fn behaves_like_a_btreemap() {
        let ops = [
            ("b", 2),
            ("a", 1),
            ("c", 3),
            ("a", 10),
            ("brokers", 4),
            ("", 0),
        ];
        let (mut m, mut b) = (KeyMap::new(), BTreeMap::new());
        for (k, v) in ops {
            assert_eq!(m.insert(k, v), b.insert(k, v));
            assert_eq!(m.len(), b.len());
        }
        assert!(m.iter().eq(b.iter()), "same order, same values");
        assert_eq!(m.get("a"), Some(&10));
        assert_eq!(m.get("z"), None);
        assert_eq!(m["brokers"], 4);
        assert!(m.contains_key("") && !m.contains_key("d"));
        if let Some(v) = m.get_mut("c") {
            *v = 30;
        }
        assert_eq!(m.values().copied().collect::<Vec<_>>(), [0, 10, 2, 4, 30]);
        assert_eq!(
            serde_json::to_string(&m).ok(),
            serde_json::to_string(
                &b.into_iter()
                    .map(|(k, v)| (k, if k == "c" { 30 } else { v }))
                    .collect::<BTreeMap<_, _>>()
            )
            .ok()
        );
        assert_eq!(
            KeyMap::from([("y", 1), ("x", 2)])
                .keys()
                .copied()
                .collect::<Vec<_>>(),
            ["x", "y"]
        );
    }
}
