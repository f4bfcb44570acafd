extension Array {
    /// Calls `body` with every index and element, each element read where the array stores it.
    ///
    /// Iterating an array of large values (an `Activity` holds a dozen references) copies each
    /// element, a dozen retains and releases per element; the rules that walk 300,000 activities read
    /// them here instead, without a pointer in sight.
    @inlinable
    func forEachInPlace(_ body: (_ index: Int, _ element: Element) -> Void) {
        withUnsafeBufferPointer { buffer in
            for index in buffer.indices { body(index, buffer[index]) }
        }
    }

    /// `body` applied to the element at `index`, read where the array stores it (no copy).
    @inlinable
    func withElement<Result>(at index: Int, _ body: (_ element: Element) -> Result) -> Result {
        precondition(index >= 0 && index < count, "index out of range")
        return withUnsafeBufferPointer { buffer in body(buffer[index]) }
    }
}
