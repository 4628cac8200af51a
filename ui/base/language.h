#pragma once

#include <QList>
#include <QString>

namespace attn::ui::i18n {

/// A user-interface language the application offers in Preferences.
struct Language {
    QString code; ///< "" for the system's language, else a locale name: "en", "zh_CN".
    QString name; ///< As shown in the list: "System default" (translated), else the language's own name.
};

/// The choices of Preferences → Language: the system default first, then English and 简体中文 (Simplified
/// Chinese), each named in its own language.
QList<Language> availableLanguages();

/// The language chosen in Preferences (Settings::language), "" (the system's) when none was chosen.
QString chosenLanguage();

/// Loads and installs into the running application the translations for `code` ("" = QLocale::system()):
/// Attention Lab's own (attnlab_<locale>.qm from translationsDirectory()) and Qt's (qtbase_<locale>.qm, for the
/// standard dialogs and buttons), replacing any installed before, and routes the core library's texts
/// (attn::translate) through QCoreApplication::translate. English, or a language without a translation, leaves
/// the source texts. The language becomes QLocale's default (QLocale::setDefault), so that dates written through
/// QLocale() read in it ("2026年12月8日"). Numbers are not affected: tables, cells and files keep '.' as the
/// decimal point. Call after the QCoreApplication exists and before any window is built (texts are translated when
/// created).
/// @return the locale name whose translation was loaded ("zh_CN"), or "" when the texts stay English.
QString installTranslations(const QString& code);

/// The locale name installTranslations() last loaded ("zh_CN"), "" while the texts are English. Texts that do
/// not come from tr(), such as the built-in examples' titles, follow it.
QString currentLanguage();

/// Why the last installTranslations() left the texts in English although the language asked for is one we
/// translate into (its .qm file is missing from translationsDirectory(): a broken installation), naming the file
/// and the folder, in English; "" otherwise (the translation loaded, or English or another language was asked).
QString missingTranslation();

/// Where the .qm files are: <executable's folder>/../share/attnlab/translations, the same relative place in the
/// build tree (build/app/attnlab → build/share/attnlab/translations) and once installed (/usr/bin/attnlab →
/// /usr/share/attnlab/translations).
QString translationsDirectory();

} // namespace attn::ui::i18n
