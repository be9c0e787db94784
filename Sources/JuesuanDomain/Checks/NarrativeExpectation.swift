/// The document figure a stated narrative figure should equal: its value (amount or count), how many rounded
/// figures it sums (for the tolerance), where it is, what it is called, the rule that compares them, and whether
/// the stated figure must equal it or only be at least it.
struct NarrativeExpectation {
    enum Relation {
        case equal
        case atLeast
    }

    var value: Money
    var parts: Int
    var locations: [CheckLocation]
    var name: String
    var rule: CheckRule = .narrativeAmount
    var relation: Relation = .equal
}
