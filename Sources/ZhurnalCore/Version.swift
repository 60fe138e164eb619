/// The product's name and version, shown by `zhurnal --version`.
public enum ZhurnalVersion {
    public static let current = "0.1.0"
}
