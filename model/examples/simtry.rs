use model::codec::decode;
fn main() {
    let link = std::env::args().nth(1).unwrap_or_default();
    let (st, fixes) = decode(&link);
    let e = model::Estimate::explain(&st.scenario, &st.assumptions);
    let t = std::time::Instant::now();
    let sim = model::simulate::simulate(&st.scenario, &st.assumptions, &st.drill, &e);
    let el = t.elapsed();
    println!("fixes {fixes:?}\nelapsed {el:?} steps {}", sim.t_s.len());
    let mut v = serde_json::to_value(&sim).unwrap();
    v["series"] = serde_json::Value::Null;
    println!("{}", serde_json::to_string_pretty(&v).unwrap());
    println!("nodes {:?}", e.nodes);
}
