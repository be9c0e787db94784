/// 一般性支出情况: 会议费 (meetings) and 培训费 (training) as stated in the narrative.
public struct MeetingsTraining: Sendable, Hashable {
    public var meetings: SpendingItem?
    public var training: SpendingItem?

    public init(meetings: SpendingItem?, training: SpendingItem?) {
        self.meetings = meetings
        self.training = training
    }
}
