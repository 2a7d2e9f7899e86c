import Foundation
import PlaybookCore

/// Notices changes in folders by polling each file's size, modification time and inode (one
/// `lstat` per file, cheap for a playbook's thousands of files). Hidden files and folders,
/// such as editors' swap files, are left out, as the loader leaves them out.
public struct FolderWatcher: Sendable {
    public let folders: [String]

    public init(folders: [String]) { self.folders = folders }

    /// What the watched files look like at one moment.
    public struct Signature: Sendable, Equatable {
        /// Per watched folder: relative path → size, modification time and inode.
        fileprivate var folders: [[String: [Int64]]]

        /// The content-relative paths of the Markdown documents (not `playbook.md`) in the first
        /// folder that changed since `old`, when nothing else did: no file added, removed or
        /// changed in another folder, and no other kind of file. Nil otherwise, and when
        /// nothing changed.
        public func editedDocuments(since old: Signature) -> [String]? {
            guard folders.count == old.folders.count, !folders.isEmpty,
                  folders.dropFirst() == old.folders.dropFirst() else { return nil }
            let now = folders[0], before = old.folders[0]
            guard now.count == before.count else { return nil }
            var edited: [String] = []
            for (path, stamp) in now where before[path] != stamp {
                guard before[path] != nil, path.hasSuffix(".md"), path != "playbook.md" else { return nil }
                edited.append(path)
            }
            return edited.isEmpty ? nil : edited.sorted()
        }

        /// The relative paths of the Markdown files in the first folder.
        public var documents: Set<String> { Set(folders.first?.keys.filter { $0.hasSuffix(".md") } ?? []) }
    }

    /// The watched files as they are now; a missing folder counts as empty.
    public func signature() -> Signature {
        Signature(folders: folders.map { folder in
            var stamps: [String: [Int64]] = [:]
            for entry in FileWalk.entries(under: folder, skippingHidden: true) {
                let status = entry.status
                stamps[entry.path] = [status.size, status.modified, Int64(bitPattern: status.inode)]
            }
            return stamps
        })
    }
}
