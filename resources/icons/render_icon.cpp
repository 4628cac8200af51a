// attnlab_render_icon: renders an SVG file to a square PNG at build time (the application icon's PNG sizes).
//
//   attnlab_render_icon SOURCE.svg SIZE OUT.png [X Y WIDTH HEIGHT]
//
// draws SOURCE.svg (or the part of its user space given by X Y WIDTH HEIGHT, which replaces its viewBox) onto a
// transparent SIZE × SIZE pixel image with Qt's QSvgRenderer and writes it as PNG. Exits with 1 and a message
// naming the file on an unreadable SVG, a bad size or a failed write.

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRectF>
#include <QStringList>
#include <QSvgRenderer>

#include <cstdio>

namespace {

int fail(const QString& message)
{
    std::fprintf(stderr, "attnlab_render_icon: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // runs during the build, without a display
    QGuiApplication app(argc, argv);
    const QStringList arguments = QGuiApplication::arguments();
    if (arguments.size() != 4 && arguments.size() != 8)
        return fail(QStringLiteral("usage: attnlab_render_icon SOURCE.svg SIZE OUT.png [X Y WIDTH HEIGHT]"));

    const QString source = arguments.at(1);
    bool ok = false;
    const int size = arguments.at(2).toInt(&ok);
    if (!ok || size < 1 || size > 4096)
        return fail(QStringLiteral("the size must be 1 to 4096 pixels, got \"%1\"").arg(arguments.at(2)));
    const QString target = arguments.at(3);

    QSvgRenderer renderer;
    if (!renderer.load(source) || !renderer.isValid())
        return fail(QStringLiteral("%1: not a valid SVG file").arg(source));
    if (arguments.size() == 8) {
        double box[4] = {};
        for (int i = 0; i < 4; ++i) {
            box[i] = arguments.at(4 + i).toDouble(&ok);
            if (!ok)
                return fail(QStringLiteral("the view box needs four numbers, got \"%1\"").arg(arguments.at(4 + i)));
        }
        if (box[2] <= 0 || box[3] <= 0)
            return fail(QStringLiteral("the view box needs a positive width and height"));
        renderer.setViewBox(QRectF(box[0], box[1], box[2], box[3]));
    }

    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(0, 0, size, size));
    }
    if (!image.save(target, "PNG"))
        return fail(QStringLiteral("%1: cannot write the PNG file").arg(target));
    return 0;
}
