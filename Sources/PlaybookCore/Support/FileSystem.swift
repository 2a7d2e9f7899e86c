import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The system calls the caches make, in one place: `stat` and `lstat`, whole-file reads into
/// arrays, and atomic replacement.
package enum FileSystem {
    /// What `stat` (following links) or `lstat` says of one file.
    package struct Status: Sendable {
        package var isRegularFile: Bool
        package var isDirectory: Bool
        package var size: Int64
        /// Modification time in nanoseconds since 1970.
        package var modified: Int64
        package var inode: UInt64

        init(_ info: stat) {
            let kind = info.st_mode & S_IFMT
            isRegularFile = kind == S_IFREG
            isDirectory = kind == S_IFDIR
            size = Int64(info.st_size)
            #if canImport(Darwin)
            let time = info.st_mtimespec
            #else
            let time = info.st_mtim
            #endif
            modified = Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
            inode = UInt64(info.st_ino)
        }
    }

    /// `stat(2)` of `path`, following links.
    package static func status(_ path: String) -> Status? {
        var info = stat()
        return stat(path, &info) == 0 ? Status(info) : nil
    }

    /// `lstat(2)` of `path`: a link is described, not followed.
    package static func linkStatus(_ path: String) -> Status? {
        var info = stat()
        return lstat(path, &info) == 0 ? Status(info) : nil
    }

    /// What `stat` says of the running program's file. (Not through `Bundle.main`, which stops
    /// the program when run by a user who cannot search the folders above it.)
    package static func programStatus() -> Status? {
        #if os(Linux)
        if let status = status("/proc/self/exe") { return status }
        #endif
        return status(CommandLine.arguments[0])
    }

    /// The bytes of the regular file at `path`, read straight into an array.
    package static func readBytes(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        var failed = false
        // Uninitialised storage: the read fills it, so zero-filling it first would be wasted.
        let bytes = [UInt8](unsafeUninitializedCapacity: Int(info.st_size)) { buffer, initialised in
            while initialised < buffer.count {
                let count = read(descriptor, buffer.baseAddress! + initialised, buffer.count - initialised)
                guard count > 0 else { failed = count < 0; return }
                initialised += count
            }
        }
        return failed ? nil : bytes
    }

    /// Writes `bytes` to `file` through a temporary file and one rename, so a reader never sees
    /// half of it; failures are ignored (a cache that cannot be written only costs time).
    package static func replace(_ file: String, with bytes: [UInt8]) {
        let manager = FileManager.default
        let temporary = file + ".\(ProcessInfo.processInfo.processIdentifier).tmp"
        do {
            try manager.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            guard manager.createFile(atPath: temporary, contents: nil), let handle = FileHandle(forWritingAtPath: temporary) else {
                return
            }
            do {
                defer { try? handle.close() }
                try handle.write(contentsOf: bytes)  // the array itself: `Data(bytes)` would copy it
            }
            if rename(temporary, file) != 0 { try? manager.removeItem(atPath: temporary) }
        } catch {
            try? manager.removeItem(atPath: temporary)
        }
    }
}
