#pragma once

#include "attn/session.h"
#include "io/writeresult.h"
#include "teach/handoutpages.h"

#include <QString>
#include <QStringList>

class QWidget;

namespace attn::ui {

/// Writes the handout of `session` to the PDF file `path`: A4 landscape, one page per teaching step (no title
/// page), heatmaps as vector graphics and all text as searchable text (see paintHandoutPage()). The file is
/// written atomically (attn::io::writeAtomically): a failed write leaves an existing file untouched. Needs a
/// QApplication (the offscreen platform will do).
/// @return success with `path` written, or failure whose errorString() names the file (or the session's fault).
io::WriteResult writeHandoutPdf(const attn::Session& session, const QString& path,
                                const HandoutOptions& options = {});

/// Writes the same pages as writeHandoutPdf() as PNG images of kHandoutPageSize pixels (1600 × 1131), named
/// "page-01.png", "page-02.png", … in `directory` (created if needed; other files there are left alone).
/// Needs a QApplication.
/// @return success with the pages written, in order, or failure whose errorString() names the file or folder at
///         fault (written() then lists the pages written before it).
io::WriteResult writeHandoutPngs(const attn::Session& session, const QString& directory,
                                 const HandoutOptions& options = {});

/// File → Export handout: asks with a file dialog where to write the handout of `session` — a PDF file
/// ("PDF handout (*.pdf)", ".pdf" added when the name has no suffix) or, with the "PNG pages in a folder"
/// filter, a folder (created if needed) that receives page-01.png, page-02.png, … — then writes it
/// (writeHandoutPdf() or writeHandoutPngs()). A cancelled dialog writes nothing; a failure is shown in a message
/// box over `parent`, naming the file. The dialog opens in Settings::startFolder(FileKind::Handout); the folder is
/// remembered for the next export (Settings::lastFolder). `options`: the worked cell, footer name, digits and
/// Jacobian page (see HandoutOptions).
/// @return the PDF file or the folder of pages written; empty when cancelled or failed.
/// Defined in handoutdialog.cpp.
QString exportHandoutInteractively(QWidget* parent, const attn::Session& session,
                                   const HandoutOptions& options = {});

} // namespace attn::ui
