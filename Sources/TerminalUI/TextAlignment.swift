/// Where text sits in a wider field.
public enum TextAlignment: Sendable {
    case left, right, center
}
