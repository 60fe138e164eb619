import ZhurnalCore
print("zhurnal \(ZhurnalVersion.current)")
