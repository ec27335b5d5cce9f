#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QXmlStreamWriter>
#include <utility>

// One XML part of an office package (DOCX, ODT), written with QXmlStreamWriter into bytes.
class XmlPart
{
public:
    using Attributes = QList<std::pair<QString, QString>>;

    explicit XmlPart(bool standalone = false) : m_writer(&m_bytes)
    {
        m_writer.writeStartDocument(QStringLiteral("1.0"), standalone);
    }
    XmlPart(const XmlPart&) = delete;
    XmlPart& operator=(const XmlPart&) = delete;

    QXmlStreamWriter* operator->() { return &m_writer; }
    void attributes(const Attributes& list)
    {
        for (const auto& [name, value] : list)
            m_writer.writeAttribute(name, value);
    }
    // An empty element with its attributes.
    void empty(const QString& name, const Attributes& list)
    {
        m_writer.writeEmptyElement(name);
        attributes(list);
    }
    // Closes every open element; the part's bytes.
    QByteArray finish()
    {
        m_writer.writeEndDocument();
        return m_bytes;
    }

private:
    QByteArray m_bytes;
    QXmlStreamWriter m_writer;
};
