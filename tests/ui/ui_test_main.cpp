// The Catch2 main of the widget tests: one QApplication for every test case, on the offscreen platform
// (ctest sets QT_QPA_PLATFORM=offscreen too; this also covers test discovery at build time, which runs the
// executable without the tests' environment and without a display).
#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include <catch2/catch.hpp>

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
