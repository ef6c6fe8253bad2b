// Sorted word lists on binary streams, front-coded: each word is written as
// the length it shares with the previous word and the rest. Model files hold
// lists of 50,000 to 150,000 words (word classes, word vectors); sorted
// neighbours share about half their bytes, and a length prefix per word
// would cost more than the words.
#pragma once

#include <cstdint>
#include <istream>
#include <ostream>
#include <string>
#include <vector>

namespace kg::nlp {

// Writes `words` (sorted, each at most 255 bytes; longer ones are the
// caller's error) as a u32 count then per word: shared length (1 byte),
// rest length (1 byte), rest.
void PutSortedWords(std::ostream& out, const std::vector<std::string>& words);

// Reads a list PutSortedWords wrote into *words. False on a short read, a
// count above `max_words` or a shared length longer than the previous word.
bool GetSortedWords(std::istream& in, uint32_t max_words, std::vector<std::string>* words);

}  // namespace kg::nlp
