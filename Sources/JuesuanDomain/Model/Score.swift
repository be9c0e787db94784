/// Points on a scorecard (分值, 得分) and other exact non-money decimals: an `ExactDecimal`, canonical text in its
/// shortest form (`2.5`, `10`).
public typealias Score = ExactDecimal
