/// Whether a 绩效自评表 covers the whole department (部门整体支出) or one project (项目支出).
public enum ScorecardKind: String, Sendable, Hashable, CaseIterable {
    case department
    case project
}
