/// One 一级指标 block of a scoring profile: its name (产出指标), the points it is worth (分值, e.g. 50) and the
/// keywords that recognise an indicator's published 一级指标 text as belonging to it (`产出` matches `产出指标`
/// and `产出指标(50分)`).
public struct ScoringBlock: Sendable, Hashable {
    /// Stable ASCII identifier: `output`, `outcome`, `satisfaction`, or a profile's own.
    public var id: String
    /// The 一级指标 name, e.g. 产出指标.
    public var name: String
    /// Points of the block (分值).
    public var weight: Score
    /// Substrings of a published 一级指标 that identify this block; the first block whose keyword occurs wins.
    public var keywords: [String]

    public init(id: String, name: String, weight: Score, keywords: [String]) {
        self.id = id
        self.name = name
        self.weight = weight
        self.keywords = keywords
    }

    /// Whether the published 一级指标 text names this block.
    public func matches(level1: String) -> Bool {
        keywords.contains { level1.contains($0) }
    }
}
