/// Settings of a check run: the scorecard profile (block weights, grade bands) and the classification catalogue
/// (nil: the catalogue for the disclosure's year, `ClassificationCatalog.forYear`).
public struct CheckOptions: Sendable {
    public var scoringProfile: ScoringProfile
    public var catalog: ClassificationCatalog?

    public init(scoringProfile: ScoringProfile = .standard, catalog: ClassificationCatalog? = nil) {
        self.scoringProfile = scoringProfile
        self.catalog = catalog
    }
}
