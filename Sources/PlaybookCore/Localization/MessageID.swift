/// Every sentence the tool says to a user, by what it means. Each has a template in every
/// UI language (see ``MessageCatalog``); the raw value is the catalog key.
public enum MessageID: String, Sendable, Hashable, Codable, CaseIterable {
    /// A sentence with no catalog entry: `{1}` as written.
    case verbatim

    // Files
    case folderUnreadable, symlinkSkipped, fileTooLarge, fileUnreadable, invalidUTF8

    // Front matter
    case frontMatterUnclosed, frontMatterInvalidYAML, frontMatterUnreadable, frontMatterNotMapping
    case fieldNotScalar, fieldNotList, fieldEntryNotScalar, fieldAliasExpansion, fieldNotBool, fieldNotInteger
    case fieldNotNumber, fieldNotDate, reviewIntervalTooLong, reviewIntervalInvalid
    case placeholderField

    // Synonyms and key-point alternatives
    case synonymsNotList, synonymsTooMany, synonymWordNotScalar, synonymGroupNotList, synonymRepeated, synonymGroupTooSmall, alternativeEmpty, alternativeOnly

    // playbook.md
    case playbookMissing, playbookUnknownField, playbookUnknownFieldDidYouMean, localeUnsupported, playbookTitleMissing
    case newPerSessionNegative, desiredRetentionRange, stepOutOfRange, stepNotDuration, hubAddressInvalid

    // Documents
    case unknownField, unknownFieldDidYouMean, unknownTypeDeclared, unknownTypeUndetermined
    case idUnsafe, fileNameNotID, titleMissing

    // Across documents
    case duplicateDocumentID, duplicateObjectionIDAcross, unknownReference, unknownReferenceDidYouMean
    case brokenLink, reviewOverdue, reviewOverdueOwned, unknownParty, unknownPartyDidYouMean

    // Document bodies
    case objectionsFileEmpty, objectionIDUnsafe, objectionIDRepeated, objectionNoResponse, objectionNoKeyPoints
    case quizStrayText, quizItemNoQuestion, quizItemNoPrefix, quizOptionMalformed, quizQuestionEmpty
    case quizNoAnswer, quizNoCorrectOption
    case sectionEmpty, unknownSection, unknownSectionDidYouMean, styleIDRepeated
    case rawHTML, pipeTable, unsafeLinkScheme, comparisonDimensionEmpty, comparisonEntryNoParty
    case placeholderText, tooManyDiagnostics, oneMoreDiagnostic, overrideLineNotField, overrideUnknownField

    // Command line
    case errorLine, noSuchFolder, notAFolder, checkSummary
    case buildUnchanged, buildUpdated, buildBuilt, buildWarnings, buildFullReason, buildStopped
    case statsCards, statsReviews, statsWeakest, statsWeakCard, statsOrphans, statsForecast, statsExams, statsExam, statsNoExams
    case drillUnsuspended, drillNotSuspended
    case newExists, newCannotWrite, newInvalidID
    case serveServing, serveBuilt, serveUpdated, serveRebuilt, serveRebuiltBecause, serveContentErrors
    case serveCannotListen, serveStopped, serveStoppedNow, serveErrorTitle, serveErrorHint
    case schedulerCannotRead, schedulerCannotWrite, schedulerBadInput
    case scoreUsage, scoreNoObjection, scorePassed, scoreFailed, scoreBadLine, scoreLineNoObjection
    case langInvalid, todayInvalid, nowInvalid, intervalRange, passRange, newCardsNegative, limitTooSmall
    case databaseCorrupt, databaseNewer, databaseLocked, databaseReadOnly, databaseUnavailable
    case progressMalformedLine, progressMissingField, progressUnknownType, progressImpossibleRating, progressInvalidDate
    case progressFutureDate, progressInvalidScore, progressInvalidMode, progressInvalidValue, progressSecondHeader
    case progressUnknownCard, progressUnreadable, progressNotUTF8, progressMissingHeader, progressNewerVersion
    case progressImported, progressExported, progressCannotWrite, progressOtherPlaybook
    case templatesNotAFolder, templateUnreadable, templateNotUTF8, templateInvalid
    case outputRefused, outputContainsProtected, outputNotAFolder, outputNotGenerated, outputHoldsForeignFiles, outputUnwritable

    // playbook hub: its commands, the store's refusals, the sign-in page
    case hubServing, hubStopped, hubCannotListen, hubRoleLearner, hubRoleTrainer, hubUserAdded, hubUserAddedToTeam, hubUserDisabled, hubUserToken
    case hubPasswordPrompt, hubPasswordRepeat, hubPasswordMismatch, hubPasswordMissing, hubPasswordSet, hubImported, hubImportUnknownLearner, hubStoreOptionsBoth, hubOptionNotPositive
    case pushNoHub, pushBadHubAddress, pushed, pushRefusedLine, pushUnreachable, pushUnauthorized, pushForbidden, pushTooLarge
    case pushUnavailable, pushRefused, hubTokenMissing, hubTokenUnreadable, hubTokenMalformed
    case hubUnreachable, hubInvalidDatabaseURL, hubQueryFailed, hubNewerSchema, hubInvalidUserName, hubUserExists, hubUnknownUser, hubPasswordForLearner, hubWeakPassword
    case signinTitle, signinHint, signinName, signinPassword, signinOr, signinToken, signinSubmit, signinFailed, signinDisabled, signinEmpty, signinTooMany, signinCrossSite, signoutButton

    // Why `build --verbose` and `serve` rebuilt in full
    case reasonNoState, reasonInputsDiffer, reasonProgramChanged, reasonOtherContent, reasonOtherTemplates, reasonNewDay, reasonNoRecords, reasonOutputTouched, reasonOutlinesMissing, reasonNeighbourChanged, reasonFolderVanished, reasonDraftChanged, reasonOutlineChanged, reasonBaseChanged, reasonNeighbourUnread, reasonNeighbourGone, reasonSearchDocuments, reasonNewFile, reasonTemplateChanged, reasonSettingsChanged, reasonNotADocument, reasonFileRemoved, reasonNothingChanged, reasonUnreadable, reasonHasErrors, reasonNewIdeograph, reasonLastIdeograph, reasonCardsReshaped, reasonKeyPointGroupsChanged, reasonCardFiltersChanged, reasonShardsMoved, reasonNoPracticeRecord
}
