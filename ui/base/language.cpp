#include "base/language.h"

#include "base/settings.h"

#include "attn/translate.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <string>

using namespace Qt::StringLiterals;

namespace attn::ui::i18n {

namespace {

/// The translators installed by the last installTranslations(), owned by the application.
QList<QTranslator*>& installed()
{
    static QList<QTranslator*> translators;
    return translators;
}

QString& loadedLanguage()
{
    static QString name;
    return name;
}

QString& missingMessage()
{
    static QString message;
    return message;
}

/// True if `locale`'s language is one of availableLanguages() (a language we translate into).
bool offered(const QLocale& locale)
{
    for (const Language& language : availableLanguages())
        if (!language.code.isEmpty() && QLocale(language.code).language() == locale.language())
            return true;
    return false;
}

void removeInstalled()
{
    for (QTranslator* translator : installed()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installed().clear();
}

/// Loads `prefix`_<locale>.qm from `directory` (QTranslator's search: zh_Hans_CN → zh_CN → zh) and installs it.
bool install(const QLocale& locale, const QString& prefix, const QString& directory)
{
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(locale, prefix, u"_"_s, directory)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    installed().append(translator);
    return true;
}

/// The core's texts (attn::translate) through the installed .qm files. QCoreApplication::translate is
/// thread-safe, and the core calls this from the worker thread that computes large sessions too.
std::string translateCoreText(const char* context, const char* source)
{
    return QCoreApplication::translate(context, source).toStdString();
}

} // namespace

QList<Language> availableLanguages()
{
    return {
        {QString(), QCoreApplication::translate("attn::ui::i18n", "System default")},
        {u"en"_s, u"English"_s},
        {u"zh_CN"_s, u"\u7b80\u4f53\u4e2d\u6587"_s}, // 简体中文
    };
}

QString chosenLanguage()
{
    return Settings::instance().language();
}

QString translationsDirectory()
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + u"/../share/attnlab/translations"_s);
}

QString installTranslations(const QString& code)
{
    removeInstalled();
    loadedLanguage().clear();
    attn::setTranslator(nullptr);
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale); // dates through QLocale() (the recovery offer's "autosaved on …") in the language
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return {};
    missingMessage().clear();
    if (!install(locale, u"attnlab"_s, translationsDirectory())) {
        if (offered(locale)) // a translation we ship is not where it should be: a broken installation
            missingMessage() = u"No %1 translation (attnlab_%2.qm) in %3: the texts stay in English."_s.arg(
                QLocale::languageToString(locale.language()), locale.name(),
                QDir::toNativeSeparators(translationsDirectory()));
        return {};
    }
    install(locale, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    attn::setTranslator(&translateCoreText);
    loadedLanguage() = locale.name();
    return loadedLanguage();
}

QString currentLanguage()
{
    return loadedLanguage();
}

QString missingTranslation()
{
    return missingMessage();
}

} // namespace attn::ui::i18n
