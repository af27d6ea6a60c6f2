#pragma once
// A vertex buffer object of our own layout (sf::VertexBuffer only knows sf::Vertex, 20 bytes a
// vertex with texture coordinates the fills never use). Owns the GL name; like SFML's own GL
// resources it makes sure a context is active when it is created, filled or deleted, so it can
// be made on one thread and used by every context SFML shares its objects with.

#include <SFML/Window/GlResource.hpp>

#include <cstddef>
#include <cstdint>

namespace gb::render {

class GlBuffer : sf::GlResource {
public:
    GlBuffer() = default;
    //! Allocates `bytes` (contents undefined until update). Throws std::runtime_error when GL
    //! cannot allocate them.
    explicit GlBuffer(std::size_t bytes);
    ~GlBuffer();
    GlBuffer(const GlBuffer&) = delete;
    GlBuffer& operator=(const GlBuffer&) = delete;

    //! Copies `bytes` from `data` to `offset` (bytes) in the buffer.
    void update(std::size_t offset, std::size_t bytes, const void* data);
    [[nodiscard]] std::uint32_t handle() const { return handle_; }
    [[nodiscard]] std::size_t size() const { return bytes_; }

private:
    std::uint32_t handle_ = 0; //!< GL buffer name; 0: nothing allocated
    std::size_t bytes_ = 0;
};

} // namespace gb::render
