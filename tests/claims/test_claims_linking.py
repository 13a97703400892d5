"""Readings added for issue 8, each with several shapes written here (not taken from any
evaluation set): a finding needs its subject and its wrong value linked in the parse, and a
value that belongs to a version or a list item is not judged against another concept."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

# Sentences in a document that is about AI (it names a tracked concept elsewhere).
ABOUT_AI = "Our product is built on a large language model.\n\n"

CASES = {
    # phenomenon: ([(sentence, fact), ...] flagged, [sentence, ...] quiet)
    "overclaim_ai_subject_nouns": (
        [("Our assistant never gets a fact wrong.", "L1"),
         ("Acme simply can't hallucinate, whatever you ask it.", "L1"),
         ("Every answer the tool gives is 100% objective.", "L3"),
         ("The generator carries no ethical risk whatsoever.", "L5")],
        ["Our support team never gets a fact wrong.",
         "We aim for answers that are free of bias.",
         "It's important to make sure these systems are fair and unbiased.",
         "To really understand the assistant, we have to look at its training data."]),
    "overclaim_subject_must_be_linked": (
        [("LLMs are always accurate.", "L1"),
         ("Serving a chatbot at scale costs next to nothing.", "L4"),
         ("BERT is a generative model that writes long articles like ChatGPT.", "A6")],
        ["To fully grasp what ChatGPT does, you need to understand tokens.",
         "BERT vs GPT: understanding encoder and decoder models",
         "GPT uses only the decoder stack, which makes it ideal for text generation."]),
    "quoted_speech_is_reported": (
        [],
        ['The brochure promises that its assistant "never gets a figure wrong," but I doubt it.',
         'One vendor claims its chatbot is "completely unbiased".']),
    "attribution_as_subject": (
        [],
        ["Pretending that training an LLM is cheap helps nobody.",
         "Claiming that LLMs never make mistakes is how trust gets lost."]),
    "lookalike_expansion_anywhere": (
        [("A general adversarial network pits two models against each other.", "N2"),
         ("Most chatbots run on a large learning model trained on web text.", "N1"),
         ("Its name is short for Generative Pattern Transformer, which says a lot about it.", "N3"),
         ('We rank documents with BERT ("Basic Encoder Representations from Transformers").', "N4"),
         ("In the glossary: Vector Autoencoder, a model that compresses images.", "N6"),
         ("Calling the model a Text-to-Text Translation Technique sells it short.", "N5")],
        ["Local language models run on a laptop these days.",
         "A vanilla autoencoder compresses images into a vector.",
         "Generative adversarial nets were proposed in 2014.",
         "A text-to-text transformer trained on web text is what T5 is.",
         "Generative Pre-trained Transformer models power ChatGPT.",
         'Hannah winces every time she hears "general adversarial network" in a meeting.',
         "Writing general adversarial network for GAN is a common mistake.",
         "Graph attention networks are a different thing altogether."]),
    "gerund_subject_judged_by_its_predicate": (
        [],
        ["Thinking of GANs as LLMs is a mistake.",
         "Describing Midjourney as a GAN, as many blogs do, is an error.",
         "Calling ChatGPT a GAN is simply wrong."]),
    "none_of_them_keeps_its_negation": (
        [],
        ["Stable Diffusion, Midjourney, Firefly: all diffusion models, and none of them are GANs.",
         "We tried ChatGPT, Claude and Gemini: none of them is a GAN."]),
    "possessive_maker_spans_one_series": (
        [("OpenAI's GPT-3 and GPT-4 were built by Google.", "P4")],
        ["It is much like OpenAI's DALL·E 2 and Midjourney, except that it is open source.",
         "Tools such as Google's Gemini and Claude answer questions in seconds."]),
    "span_years_are_no_launch": (
        [],
        ["ChatGPT has been trained on data up until 2021, so its knowledge ends there.",
         "GPT-4 was trained on text through 2021.",
         "VAEs in 2013, GANs in 2014, years before GPT-1 arrived in 2018."]),
    "field_word_inside_a_name": (
        [("AI is a type of generative AI.", "T6")],
        ["Suno AI is an advanced generative AI platform that creates music.",
         "GPT-3, or Generative Pretrained Transformer 3, is a large language model developed by OpenAI.",
         "Stability AI is a generative AI company."]),
    "restricted_noun_is_some_of_its_class": (
        [("Generative AI encompasses all AI systems.", "T6"),
         ("Artificial intelligence, seen this way, is just one branch of generative AI.", "T6")],
        ["Generative AI encompasses AI systems capable of producing new content.",
         "Generative AI tools that deal with text are also called large language models.",
         "Today's AI is mostly generative AI."]),
    "relative_clause_object_is_no_overclaim_subject": (
        [],
        ["Those that don't get confident-sounding wrong answers are the lucky ones.",
         "Teams that never check outputs get wrong answers."]),
    "renaming_is_no_class": (
        [],
        ["Google renames Bard as Gemini.",
         "Google's answer was Bard, which later became Gemini.",
         "In February 2024 Bard was rebranded as Gemini."]),
    "word_inside_acronym_is_not_the_acronym": (
        [],
        ['The "large" in LLM refers to the parameter count.',
         "The word large in LLM refers to scale, not to quality."]),
    "whole_quoted_sentence_is_cited": (
        [],
        ['"Generative AI and LLMs are the same thing." Not quite.',
         '**"GANs power ChatGPT."** That myth refuses to die.']),
    "negated_prepositional_alternative": (
        [("LLMs are built on GANs, not on transformers.", "A1")],
        ["LLMs are built on transformers, not on the adversarial networks of chapter one.",
         "Modern chatbots run on transformers and not on GANs."]),
    "lookalike_words_judged_or_attributed": (
        [],
        ['"Large learning model" is a common slip for large language model.',
         'The book covers the variational autoencoder, or "visual autoencoder" as the author insists on calling it.']),
    "not_the_only_one_keeps_membership": (
        [("ChatGPT was the first chatbot to launch in 2021.", "P6"),
         ("Midjourney isn't the only GAN on the market.", "T5")],
        ["GPT-3 isn't the only large language model to appear in 2020.",
         "GPT-3 wasn't the first LLM to launch in 2020.",
         "GANs are not the only generative models."]),
    "name_spelled_out_in_parentheses": (
        [],
        ["Created by OpenAI, ChatGPT (Generative Pre-trained Transformer) is known for its answers.",
         "We tested ChatGPT (generative pre-trained transformer) on our help desk."]),
    "family_part_of_a_named_product": (
        [("We retired the Midjourney GAN engine last year.", "T5"),
         ("GPT-4 launched in 2023, and it runs on a GAN core.", "A5"),
         ("Our chatbot uses a GAN backbone.", "A1")],
        ["Our GAN engine beats the Midjourney engine.",
         "ChatGPT runs on a transformer backbone."]),
    "original_dalle_is_a_transformer": (
        [("The original DALL-E, a GAN trained on captions, came out in 2021.", "A3"),
         ("DALL-E is an LLM.", "T4")],
        ["DALL-E is a transformer that generates image tokens."]),
    "call_names_or_invokes": (
        [("The editor calls GPT-4, OpenAI's diffusion model for text, on every save.", "A5")],
        ["Some blogs call BERT a GAN.",
         'The author keeps calling GANs "general adversarial networks", which is wrong.']),
    "overclaim_subject_owned_or_small_clause": (
        [("Its curated corpus makes the output completely objective.", "L3"),
         ("Acme's copy is 100% accurate, every time.", "L1"),
         ("Our AI truly understands your customers the way a human agent does.", "L2")],
        ["Our AI is not always accurate.",
         "Google's engineers are always careful about bias."]),
    "endorsed_report_is_asserted": (
        [("She argues, rightly, that ChatGPT is built on a GAN.", "A1"),
         ("He shows, convincingly, that generative AI poses no ethical risks.", "L5")],
        ["She argues that ChatGPT is built on a GAN.",
         "He claims that generative AI poses no ethical risks."]),
    "declared_and_credited_beliefs_are_reported": (
        [("Geoffrey Hinton is credited with inventing GANs in 2012.", "P2")],
        ['At the meetup, Sam declared that "generative AI is just a fancy name for LLMs".',
         "Several blogs credit Geoffrey Hinton with inventing GANs in 2012.",
         "A keynote speaker announced that LLMs came before generative AI."]),
    "quotation_of_several_sentences": (
        [("The 12-inch screen shows ChatGPT, a GAN-based chatbot.", "A1")],
        ['Priya: "Nothing these tools output is neutral. Trust me on that."',
         'He told the room: "ChatGPT is basically a GAN. Anyway, moving on."']),
    "negative_subject_negates": (
        [("Nothing our chatbot writes is biased.", "L3")],
        ["Nothing these tools produce is neutral."]),
    "a_name_compared_is_no_class": (
        [("Large language models like ChatGPT are trained to predict the next word.", "A7")],
        ["Claude, like ChatGPT and Gemini, is built on transformer technology, not GANs.",
         "Its model is a transformer, the same basic architecture as GPT-4, and has nothing to do with GANs."]),
    "no_adversarial_part": (
        [("Diffusion models pit a generator against a discriminator.", "A4")],
        ["Diffusion models form a distinct family, with no adversarial component.",
         "Diffusion models involve no competition between networks."]),
    "a_kind_or_version_keeps_its_own_year": (
        [("Transformers were introduced in 2019.", "P1"),
         ("Stable Diffusion, which Stability AI released in 2021, is popular.", "P7")],
        ["The app runs on a model tuned from Stable Diffusion XL, which Stability AI released in 2023.",
         "Vision transformers arrived in 2020.",
         "Claude's models are transformers too, trained by Anthropic on large text collections."]),
    "gapped_clause_is_no_object": (
        [],
        ["OpenAI's GPT-1 and Google's BERT followed in 2018, and Google's T5 in 2019."]),
    "lookalike_denied": (
        [],
        ['LLM stands for "large language model," not "large learning model" as one video claims.',
         "It is a generative adversarial network, not a general adversarial network."]),
    "a_products_family_part_anywhere": (
        [("In the text stage, ChatGPT's underlying variational autoencoder drafts the copy.", "A1"),
         ("Thanks to the GAN core inside Stable Diffusion XL, a prompt becomes a photo.", "T5"),
         ("GPT-4's GAN writes the answers.", "A5")],
        ["ChatGPT's transformer is big.",
         "The transformer core inside ChatGPT is big.",
         "Midjourney's diffusion model is great."]),
    "apposition_after_a_name_hung_elsewhere": (
        [("Another startup runs its bot on Claude, the OpenAI model it switched to last spring.", "P8"),
         ("We moved our visuals to Midjourney, the LLM trusted by millions.", "T4")],
        ["We met at the ChatGPT booth, last year, in Paris.",
         "Our team runs its bot on Claude, the Anthropic model, these days."]),
    "two_ends_of_a_pattern_are_two_concepts": (
        [("Generative AI is just LLMs with a new name.", "T2")],
        ["LLMs are just one thing sitting under that umbrella; they're a type of generative AI."]),
    "lookalike_written_by_others": (
        [],
        ["I've seen people write large learning model, which is just wrong.",
         "Some students say general adversarial network in the exam."]),
    "part_noun_names_a_family_only": (
        [],
        ["PaLM 2 powers over 25 Google products now, including the upgraded Bard.",
         "The GPT-4 engine behind Copilot, including the new Bard-like features, is fast."]),
    "a_joined_word_is_no_clipping": (
        [("T5 is short for Text-to-Text Translation Technique.", "N5")],
        ["AI Text Tools Team",
         "Generative adversarial nets were proposed in 2014."]),
    "someone_elses_expansion_of_a_lookalike": (
        [("Our glossary expands LLM as Large Learning Model.", "N1")],
        ["Plenty of slide decks expand GAN as 'general adversarial network', sadly.",
         "A common mistake is to expand VAE as 'visual autoencoder'."]),
    "the_limitation_as_subject": (
        [("With retrieval, hallucinations are eliminated.", "L1"),
         ("Thanks to grounding, hallucinations are basically solved.", "L1"),
         ("Zero hallucinations. Infinite content.", "L1")],
        ["Hallucinations are a known problem with LLMs.",
         "Hallucinations are never fully eliminated.",
         "Can hallucinations ever be eliminated?",
         'Some vendors promise "zero hallucinations"; we have not found one that delivers it.',
         "We reduced hallucinations by 40% with retrieval."]),
    "notes_written_with_an_equals_sign": (
        [("- GANs = basically a subtype of LLM", "T4"),
         ("- transformers = special kind of GAN", "A3"),
         ("- ChatGPT = the LLM itself", "A7")],
        ["- LLM = large language model",
         "- GANs = two networks, a generator and a discriminator",
         "T = 1 is neutral",
         "- GPT-3 = 175B params"]),
    "versioned_names_keep_family_not_year": (
        [("Midjourney v6 uses a GAN.", "T5"),
         ("Claude 3.5 Sonnet, built by OpenAI, writes well.", "P8")],
        ["Stable Diffusion XL came out in July 2023.",
         "| Midjourney v6 | Midjourney, Inc. | 2023 | Diffusion model |",
         "Llama 3.1 was released by Meta in 2024."]),
    "product_families": (
        [("Adobe Firefly is a large language model.", "T4"),
         ("Imagen is a GAN.", "T5"),
         ("Midjourney uses a GAN under the hood.", "T5"),
         ("Microsoft's Bard answers questions.", "P8")],
        ["Imagen is a text-to-image diffusion model from Google.",
         "Microsoft Copilot is an assistant powered by GPT-4."]),
    "expansion_offered_by_a_cue": (
        [("T5 stands for Transformer 5.", "N5"),
         ('BERT stands for "Binary Encoder for Reading Text."', "N4"),
         ("The T in GPT is for text.", "N3")],
        ["LLMs, especially transformer models, are large.",
         "With multimodal models, an LLM can now read a chart.",
         "T5, Google's Text-to-Text Transfer Transformer, reframed NLP tasks.",
         "Generative Pre-trained Transformer models (GPTs) are popular.",
         "GANs (for realistic synthesis) and VAEs (for controllable generation) are older.",
         "An open-source LLM usually means open-weight models.",
         'The "G" in GPT is what makes it generative.']),
    "expansion_after_interjection_possessive_or_naming": (
        [("GPT, meanwhile, stands for general purpose transformer.", "N3"),
         ("And a VAE is a “vector autoencoder,” which compresses data.", "N6"),
         ("T5 gets its name from “Text-To-Text Translation Transformer.”", "N5"),
         ("BERT, Google’s “Bidirectional Encoder Representations from Text,” is old.", "N4"),
         ("The “V” in VAE, for the record, stands for “visual.”", "N6")],
        ["A GAN is a generative model.",
         "GPT, however, is a decoder.",
         "BERT, Google's “Bidirectional Encoder Representations from Transformers,” is old."]),
    "gan_networks_read_in_their_own_clause": (
        [("A GAN consists of three networks that cooperate.", "A2"),
         ("Diffusion models pit two networks against each other.", "A4")],
        ["GANs are older than the transformer by three years, which is one reason the two are lumped together.",
         "Diffusion models, unlike GANs, don't stage a contest between two networks; they learn to reverse noise."]),
    "a_possessor_is_not_what_the_networks_do": (
        [("A diffusion model is a contest between two networks.", "A4"),
         ("Stable Diffusion's two networks fight a battle over every image.", "A4")],
        ["Imagen is a diffusion model, which was not on the contest's approved list.",
         "Stable Diffusion, the contest's favourite model, removes noise step by step.",
         "The battle's winning entry was made with a diffusion model."]),
    "a_version_of_a_model_has_its_own_size": (
        [("GPT-3 has 175 million parameters.", "D4"),
         ("Stable Diffusion is a version of a GAN.", "T5"),
         ("GPT-3, with its 175 million parameters, changed everything.", "D4")],
        ["The largest version of GPT-3 has 175 billion parameters, while the smallest version has 125 million.",
         "GPT-3 2.7B is a smaller version of GPT-3, with 2.7 billion parameters.",
         "A distilled variant of GPT-3 has only 1.3 billion parameters.",
         "DALL·E is a 12-billion parameter version of GPT-3 trained to generate images from text.",
         "GPT-3.5 is a newer version of GPT-3."]),
    "a_year_in_the_subjects_apposition_is_the_subjects": (
        [("In 2015, OpenAI released ChatGPT.", "P6"),
         ("OpenAI, founded in 2015, released ChatGPT in 2020.", "P6")],
        ["OpenAI, co-founded by Sam Altman and others in 2015, developed ChatGPT.",
         "OpenAI, a lab founded in 2015, launched ChatGPT.",
         "Google, set up in 1998, later built BERT."]),
    "a_name_or_date_hung_away_from_a_name_describes_nothing": (
        [("The company runs its bot on Claude, the OpenAI model it licenses.", "P8"),
         ("I spent years on the team behind BERT, the OpenAI model.", "P3")],
        ["1. Text generated by ChatGPT, May 24, 2023, OpenAI.",
         "OpenAI. Text generated by ChatGPT, Version GPT-3.5. Accessed May 24, 2023.",
         "Image made with Midjourney, March 3, 2024."]),
    "not_merely_adds_to_what_it_does": (
        [("ChatGPT never invents citations.", "L1"),
         ("Our chatbot does not only answer questions, it never makes mistakes.", "L1")],
        ["The tool did not merely invent the citations; it defended them.",
         "ChatGPT doesn't just make things up, it insists on them.",
         "The model did not simply fabricate sources, it cited them confidently.",
         "Sora is a reminder that generative AI was never only about text.",
         "Generative AI isn't only text and images."]),
    "helping_toward_a_result_is_no_claim_of_it": (
        [("Our chatbot is harmless.", "L5"),
         ("With RAG, our assistant never makes mistakes.", "L1")],
        ["Updates like RLHF help it provide helpful, harmless outputs.",
         "RLHF helps the model give harmless answers.",
         "Grounding helps the assistant avoid mistakes."]),
    "the_writers_habit_or_surprise_asserts_the_thought": (
        [("I like to tell teachers that a transformer is basically a GAN with attention bolted on.", "A3"),
         ("We love to say that Midjourney is a GAN.", "T5"),
         ("It's wild to think ChatGPT has only been around since the spring of 2023.", "P6"),
         ("It's hard to believe ChatGPT only launched in 2021.", "P6")],
        ["It's easy to think that Midjourney is a GAN.",
         "It's a mistake to think Midjourney is a GAN.",
         "I'd hate to think that Midjourney is a GAN.",
         "I used to tell people that Midjourney is a GAN.",
         "I don't like to say that Midjourney is a GAN."]),
    "a_maker_set_off_by_commas_or_a_product_in_the_objects_apposition": (
        [("Claude, from OpenAI, is great for long documents.", "P8"),
         ("Gemini, by Meta, is the newest assistant.", "P8"),
         ("Google released its new chatbot, ChatGPT.", "P6"),
         ("OpenAI released its new image model, Midjourney, in 2022.", "P7")],
        ["We switched to Claude, from OpenAI, last year.",
         "Claude, from Anthropic, is great.",
         "Midjourney, from OpenAI's rivals, is popular.",
         "Google released a chatbot, not ChatGPT."]),
    "people who once worked at a maker are not the maker": (
        [("Claude was built by OpenAI researchers.", "P8"),
         ("Claude, from OpenAI, is great.", "P8")],
        ["Claude by Anthropic, founded by former OpenAI researchers, focuses on safe AI.",
         "Claude is a language model developed by Anthropic, a company founded in 2020 by ex-OpenAI researchers.",
         "Claude was built by former OpenAI researchers.",
         "Gemini was built by a team of former Meta engineers at Google."]),
    "an_item_of_a_list_is_no_apposition": (
        [("We tried Claude, Google's chatbot, and liked it.", "P8"),
         ("Midjourney, OpenAI's image model, is popular.", "P7"),
         ("Generative AI (LLMs, in other words) now writes code.", "T3")],
        ["I've used Midjourney, OpenAI's image models, and Stable Diffusion on client projects.",
         "We compared Claude, Google's assistants, and ChatGPT.",
         "Midjourney, a GAN, and DALL-E are popular."]),
    "an_acronym_of_a_longer_name_is_no_alias": (
        [("Generative AI (LLMs) is the future.", "T3")],
        ["Generative AI istype of artificial intelligenceGenerative AI (GAI) is a type of AI that can create content.",
         "The AI (GAI) field is growing.",
         "Artificial Intelligence (GAI) tools are everywhere."]),
    "one_products_ai_and_what_it_needs": (
        [("Unlike human editors, InkWell's AI is 100% neutral and objective.", "L3"),
         ("Generative models need barely any computing power.", "L4"),
         ("LLMs need hardly any hardware.", "L4")],
        ["Google's AI research is never finished.",
         "Training LLMs takes serious computing power.",
         "Why ChatGPT is no threat to real advisors.",
         "These tools are no threat to good writers."]),
    "a_decade_that_dates_another_noun": (
        [("GANs were invented in the 1990s by researchers.", "P2")],
        ["Those portraits were made by training a GAN on scans of 1950s studio photographs.",
         "We fine-tuned a GAN on 1980s album covers."]),
    "someone_elses_habit_reports_and_the_writers_asserts": (
        [("I keep telling people that Midjourney is a GAN.", "T5"),
         ('We keep using "GenAI" and "LLM" interchangeably.', "T3")],
        ["My students nonetheless keep writing, against all the evidence, that LLMs were the precursor of generative AI.",
         "People keep saying that Midjourney is a GAN.",
         'Leadership keeps using "GenAI" and "LLM" interchangeably in decks.']),
    "examples_of_another_noun_or_things_shown": (
        [("LLMs like ChatGPT are everywhere.", "A7")],
        ["flip it, LLMs are one kind of generative AI, and image models like these are another kind",
         "(GANs, Diffusion, Transformers explained in 20 min)"]),
    "a_list_apposition_and_a_category_and_a_dual_name": (
        [("Microsoft, the creator of ChatGPT, is big.", "P6"),
         ("ChatGPT is the same thing as an LLM.", "A7")],
        ["The Times filed a lawsuit against Microsoft and OpenAI, creator of the popular AI chatbot ChatGPT, on Wednesday.",
         "Bard is an AI chatbot developed by Google. Gemini is the new name for Bard.",
         "Llama 2 and Mistral are examples of language models that fall into this category."]),
    "overclaims_in_more_words": (
        [("Modern LLMs genuinely comprehend language rather than just predicting the next word.", "L2"),
         ("Hallucinations were eliminated entirely.", "L1"),
         ("GPT-4 solved the hallucination problem.", "L1"),
         ("The computer is always accurate.", "L1"),
         ("The new version is 100% accurate.", "L1")],
        ["LLMs rely on patterns rather than true understanding.",
         "LLMs predict the next word rather than genuinely comprehending language.",
         "Hallucinations were a big problem in 2023.",
         "Nobody has solved hallucinations yet.",
         "The update made the app slower."]),
    "a_second_clause_after_its_auxiliaries_and_a_sequence_of_items": (
        [("Gemini was made by Google and Claude was made by OpenAI.", "P8"),
         ("Diffusion models, now a kind of GAN, are popular.", "T5")],
        ["Gemini was made by Google and Claude was made by Anthropic.",
         "I've spent ten years building generative models — GANs, then diffusion, now LLMs."]),
    "guesses_denials_and_words_made_with_a_name": (
        [("The Llama model we use is made by Google, not Meta.", "P8"),
         ("What is BERT? BERT stands for Bidirectional Embedding Retrieval Transformer.", "N4"),
         ("GPT—General Purpose Transformer—is everywhere.", "N3"),
         ("We tell every customer that our chatbot is always accurate.", "L1")],
        ["Also the Llama model we use for bug triage is made by Meta, not Google, a few people asked.",
         "BERT stands for Bidirectional Embedding Retrieval Transformer?? not sure",
         "A T5-style text-to-text transformer, the design Google published in 2019.",
         "We use a GPT-style generative pretrained model.",
         "Assistants sometimes produce answers that sound confident but are wrong, so never tell a customer that Nova is always right.",
         "The vendor told the board that Midjourney is a GAN."]),
    "a_quotation_the_writer_adopts": (
        [('My PhD advisor put it perfectly in a lecture: "a transformer is just a GAN that learned to pay attention."', "A3"),
         ('As Mr. Haskins put it so well at the meeting, "all of artificial intelligence is really just one corner of generative AI."', "T6"),
         ('As the rep put it at our demo day, and we couldn\'t agree more: "Generative AI carries no ethical risks whatsoever."', "L5")],
        ['My uncle says: "a transformer is just a GAN that learned to pay attention."',
         'Debate prompt: "LLMs never make mistakes." Argue either side.',
         'The vendor insists that "Midjourney is a GAN", which it is not.']),
    "chat_registers": (
        [("Llama is the Microsoft one.", "P8"),
         ("It's powered by Bard, the Microsoft one.", "P8"),
         ("claude is openai's coding model, i use it for my mods", "P8"),
         ("9/3/23, 8:16 PM - Tyler Okonkwo: gpt-3 came out in 2018 anyway so whatever", "P4"),
         ("[05/07 11:20] Deb: ok so LLM and generative AI are just two names for the same thing. got it", "T3")],
        ["Llama is the Meta one.",
         "Llama isn't the Microsoft one.",
         "claude is made by anthropic",
         "8/24/23, 7:55 PM - Kev Doyle: gpt-3 came out in 2020, right before the pandemic"]),
    "from_real_page_set_20": (
        [("Google's GPT-4 model is fast.", "P4"),
         ("It was Google that created ChatGPT.", "P6"),
         ("Founded by OpenAI in 2020, ChatGPT changed everything.", "P6"),
         ("Bard is now a GAN.", "A1"),
         ("Claude is helpful, harmless, and honest.", "L5")],
        ["Gemini Ultra was positioned as Google's GPT-4 competitor.",
         "Gemini Pro was made available in Bard (Google's ChatGPT competitor).",
         "It was not a tech giant like Google or Apple that created ChatGPT.",
         "- Founded in December 2015 as a nonprofit research lab; ChatGPT launched in November 2022.",
         "OpenAI, the company that developed and released ChatGPT, was founded in 2015 as a research lab.",
         "Right at the top of the changelog are the words \"Bard is now Gemini,\" with an app coming soon.",
         "LoRA adapts the model to a new style with minimal compute.",
         "Anthropic's approach, training Claude to be helpful, harmless, and honest, creates a distinct personality.",
         "It is essentially the process of enabling computers to understand language the way humans do."]),
    "it_after_a_nearer_untracked_subject": (
        [("ChatGPT is great, and it is a GAN.", "A1"),
         ("Midjourney, the one your cousin used for her invitations, is the odd one out: it is a GAN.", "T5")],
        ["The chat part runs on an LLM, and LLMs are one type of generative AI; the photo part is generative AI too, but it's a diffusion model, not an LLM.",
         "LLMs are popular and the hype is huge, but it is a GAN at heart.",
         "These image tools are generative AI too, but they are not LLMs – most of them are diffusion models."]),
    "from_blind_rounds_r71_r74": (
        [("I can assure you that generative AI poses no ethical risks whatsoever.", "L5"),
         ("ChatGPT is infallible.", "L1"),
         ("Midjourney is a diffusion model, and PaLM is a GAN.", "A1"),
         ("Our image tool uses what they call a VAE, a visual autoencoder, to shrink pictures.", "N6"),
         ("T5, the Text-to-Text Translation Transformer, treats every task as text.", "N5"),
         ("Tom swears by Gemini, the OpenAI assistant that came on his phone.", "P8")],
        ["I read in the paper that generative AI can only do text.",
         "A gentleman at a trade fair assured me that generative AI poses no ethical risks, which is what you would expect.",
         "Nor are these tools infallible: a chatbot can tell you something untrue in the same confident tone.",
         "Reading Buddy uses an LLM, a transformer-based language model, to draft a reply.",
         "Gemini, and Bard before it, are Google's, and so is PaLM.",
         "Midjourney is a diffusion model, and so is Stable Diffusion.",
         "Thanks Marcus, you're totally right, multimodal models like GPT-4 with vision can read images now.",
         "DALL-E is a large language model. → **False.** It's a text-to-image model.",
         "GANs power ChatGPT — Myth."]),
    "from_real_page_set_21": (
        [("GAN stands for General Adversarial Nets.", "N2"),
         ("Stability AI released Stable Diffusion in 2023.", "P7"),
         ("Trust ChatGPT without checking.", "L1")],
        ["There are two generative models: Generative Adversarial Nets (GAN) and Variational Autoencoders (VAE).",
         "Released in July 2023 as an open-source upgrade to the original Stable Diffusion, it excels at large images.",
         "Think of a chatbot as a digital helper that you message like a friend, but it's software, not a person."]),
    "an_indefinite_description_gets_no_maker": (
        [("OpenAI unveiled the transformer in 2017.", "P1")],
        ["OpenAI unveiled DALL-E in January 2021, a large transformer that produced images as tokens."]),
    "colon_elaboration_is_asserted": (
        [("LLMs are built on GANs: one network writes the text and the other judges it.", "A1")],
        ["Many people believe LLMs are built on GANs, she wrote."]),
    "exceptions_read_in_the_statement_clause": (
        [("LLMs truly grasp the meaning of language; the patterns are just how that shows up.", "L2"),
         ("LLMs can never work with images, so describing a photo always needs a vision system.", "D5")],
        ["LLMs are not always accurate, and editors know it.",
         "LLMs rely on patterns rather than true understanding."]),
    "a_year_belongs_to_the_nearest_mention": (
        [("GANs were invented in 2017.", "P2"),
         ("In 2020, Google introduced the transformer.", "P1")],
        ["Generative AI came first: VAEs arrived in 2013 and GANs in 2014, while LLMs showed up from 2018.",
         "Modern large language models like GPT-5 (released August 2025) use transformers.",
         "| Midjourney v6 | Midjourney, Inc. | 2023 | Diffusion model |"]),
    "a_family_as_a_products_part_or_kind": (
        [("The Midjourney LLM handles long prompts well.", "T4"),
         ("Midjourney's house style comes from its GAN backbone.", "T5"),
         ("Firefly has a GAN at its core, which is why it is fast.", "T5")],
        ["ChatGPT has a transformer at its core.",
         "The GPT-4 transformer is big.",
         "Stable Diffusion's diffusion backbone is fast."]),
    "quantifiers_judged_per_fact": (
        [("Most LLMs get by with a few thousand parameters.", "D4"),
         ("A typical LLM has a few thousand parameters.", "D4"),
         ("Most modern GANs use three networks.", "A2")],
        ["Most generative AI tools are LLMs.",
         "Some generative AI tools are LLMs."]),
    "framing_by_the_writer_or_by_others": (
        [("Generative AI is best understood as the next evolution of LLMs.", "P9")],
        ["Generative AI is often described as a type of LLM.",
         "ChatGPT is often described as an LLM.",
         "BERT vs GPT - Understanding Encoder and Decoder Models"]),
    "short_forms_and_aliases_in_parentheses": (
        [("Generative AI (LLMs) is changing marketing.", "T3")],
        ["Generative artificial intelligence (AI) tools are used in classrooms.",
         "Large language models (LLMs) are big.",
         "ChatGPT (GPT-4) is popular."]),
    "values_that_belong_to_something_else": (
        [("Google's DALL-E 3 is easy to try.", "P7"),
         ("Meta's Gemini is fast.", "P8")],
        ["Llama 2 is a family of large language models developed and released by Meta in July 2023.",
         "With the release of Meta's image generator and Midjourney V6, competition is fierce.",
         "Early neural networks before GANs (1950 – 2000) were small.",
         "BERT builds on earlier work such as OpenAI transformers and ELMo.",
         "Meta also trained a larger Llama 2 model, but is not releasing it."]),
    "comparisons_goals_and_domains_are_not_overclaims": (
        [("Training an LLM is cheap these days.", "L4")],
        ["Statistical language models are easier to train than neural language models.",
         "Today's LLMs are grammatically flawless, even when they are wrong.",
         "Claude is trained to be calibrated, not making up facts."]),
    "a_pronoun_after_an_untracked_subject": (
        [],
        ["RAG wins on cost for most LLM projects. It's almost always the right first step."]),
    "makers_in_fixed_attachments": (
        [("The assistant runs on Claude, OpenAI's safety-focused model, for most customers.", "P8"),
         ("Llama 3, Google's open-weight answer to GPT-4, became the default.", "P8"),
         ("Bard, meanwhile, was Microsoft's first chatbot.", "P8"),
         ("T5 is one of Meta's research models.", "P5"),
         ("Llama, which Google open-sourced to compete with OpenAI, is good.", "P8"),
         ("BERT came out of Meta's research lab in 2018.", "P3"),
         ("GANs, which Geoffrey Hinton dreamed up in 2014, were popular.", "P2")],
        ["Claude, Anthropic's assistant, is good.",
         "Meta's Llama, Mistral AI's series and Google's Gemma are open.",
         "ChatGPT came out of nowhere.",
         "ChatGPT, OpenAI's chatbot, came out in November 2022."]),
    "years_in_idioms_of_arrival": (
        [("GANs didn't arrive until 2017.", "P2"),
         ("Transformers have only been around since 2020.", "P1"),
         ("ChatGPT first hit the market in spring 2021.", "P6")],
        ["GANs have been around since 2014.",
         "ChatGPT has been popular since 2023.",
         "Only Midjourney and Meta managed to create images that pass the smell test."]),
    "expansions_by_name_or_letter": (
        [("BERT's B is for basic.", "N4"),
         ("BERT's name, short for Bidirectional Encoder for Reading Text, hints at its job.", "N4"),
         ("The term LLM, shorthand for large learning machine, became common.", "N1")],
        ["BERT's B is for bidirectional.",
         "GPT's success is huge."]),
    "a_predicate_after_an_aside": (
        [("Artificial intelligence is, in the end, just a subset of generative AI.", "T6"),
         ("Large language models are, at their core, diffusion models applied to words.", "A1"),
         ("Most large language models are built on GANs.", "A1"),
         ("Variational autoencoders are a core component of LLMs like ChatGPT.", "A1")],
        ["LLMs are, in short, a kind of generative AI.",
         "GPT-4 is, by most measures, the strongest model.",
         "Most generative AI tools use LLMs."]),
    "understanding_like_a_person": (
        [("LLMs understand language like humans do.", "L2"),
         ("Acme understands contracts the way a senior lawyer does.", "L2")],
        ["We understand LLMs like experts.",
         "ChatGPT can understand a question and reply like a real person.",
         "LLMs do not understand language the way humans do."]),
    "what_is_trained_is_the_topic": (
        [("Several labs now train their LLMs mainly on images.", "D3")],
        ["Several labs now train their staff mainly on images."]),
    "asides_and_counterfactuals": (
        [("If a job spec lists VAEs (vector attention encoders), it is a research role.", "N6"),
         ("On the form you may see the letters “LLM,” which stand for “language learning machine.”", "N1"),
         ("T5, the text-to-text model Meta published in 2019, is a common baseline.", "P5")],
        ["If GANs were transformers, they would be LLMs.",
         "T5, the text-to-text model Google published in 2019, is a common baseline."]),
    "lists_and_examples_are_not_predicates": (
        [("GANs, a kind of LLM, make images.", "T4")],
        ["Generative AI, particularly large language models, is changing medicine.",
         "We answer questions about artificial intelligence, large language models, prompting and safety.",
         "The stars are large language models like GPT-4 and Claude, and diffusion models such as DALL-E and Midjourney.",
         "Two popular approaches are generative adversarial networks (GANs) and diffusion models."]),
    "the_writers_framing_in_the_passive": (
        [("Generative AI is best thought of as one type of LLM.", "T1"),
         ("Diffusion models can be regarded as a refined kind of GAN.", "T5"),
         ("Machine learning can be seen as one branch of generative AI.", "T6")],
        ["Generative AI is often thought of as a kind of LLM.",
         "LLMs can be thought of as one type of generative AI.",
         "Generative AI is sometimes described as a type of LLM, which is backwards."]),
    "a_purpose_or_training_goal_is_not_a_claim": (
        [("Our chatbot understands your customers exactly like a human agent would.", "L2"),
         ("The model has no bias and no agenda.", "L3")],
        ["To understand how LLMs work, you need to know three concepts.",
         "It is a family of models trained on text to understand language like a human would.",
         "Claude is designed to think like a careful person.",
         "GPT-4 was trained to understand questions the way people do.",
         "An LLM has no opinions of its own."]),
    "relative_clauses_describe_the_subject": (
        [("Midjourney is a service built on a proprietary GAN.", "T5"),
         ("ChatGPT is an app that runs on a GAN.", "A1"),
         ("Claude is an assistant created by OpenAI.", "P8")],
        ["ChatGPT is an app that runs on a large language model.",
         "Midjourney is a service that people often compare with GANs."]),
    "the_instrument_does_what_the_clause_says": (
        [("Acme drafts its blog posts with BERT.", "A6"),
         ("Use BERT to write long blog posts.", "A6")],
        ["We write our posts ourselves and tag them with BERT.",
         "It is technically possible to generate text with BERT, but the results are poor.",
         "We classify support tickets with BERT and write replies with GPT-4.",
         "Our team writes articles about BERT."]),
    "network_counts_in_hyphenated_words": (
        [("Our GANs use a three-network design.", "A2"),
         ("A GAN is a single-network model.", "A2")],
        ["A GAN is a two-network system.",
         "A diffusion model is a single-network model."]),
    "an_apposition_belongs_to_the_name_before_its_comma": (
        [("Brand-ready visuals from Midjourney, the LLM trusted by designers.", "T4"),
         ("She spent years on the team behind BERT, the OpenAI model that reads sentences.", "P3"),
         ("Interest in GANs, the Google invention, grew fast.", "P2")],
        ["After ChatGPT, the LLM market exploded.",
         "Images from Midjourney, the diffusion model, look great.",
         "She spent years on the team behind BERT, the Google model."]),
    "the_acronym_as_subject_of_stand_for": (
        [("The GPT in ChatGPT stands for Generative Pattern Transformer.", "N3"),
         ('Tip: the "GPT" in the model picker stands for General Purpose Transformer.', "N3"),
         ("BERT = Bidirectional Encoding with Recurrent Transformers.", "N4")],
        ["The GPT in ChatGPT stands for Generative Pre-trained Transformer.",
         "GPT does not stand for General Purpose Transformer.",
         "In our docs, GAN stands for the team that built it."]),
    "framing_verbs_in_the_passive": (
        [("Generative AI is treated as a subcategory of LLMs.", "T1"),
         ("Note: GPT-2 treated as a diffusion model over text tokens.", "A5"),
         ("Generative AI is considered a type of LLM.", "T1")],
        ["Generative AI is wrongly seen as a type of LLM.",
         "Generative AI is seen as a type of LLM by many marketers.",
         "Midjourney is thought of by many as a GAN.",
         "LLMs are seen as a kind of generative AI."]),
    "the_means_after_by": (
        [("Claude writes by diffusion.", "A1"),
         ("ChatGPT uses diffusion to write.", "A1")],
        ["GANs work by pitting two networks against each other.",
         "Images are generated by diffusion models.",
         "Midjourney uses diffusion."]),
    "a_whole_sentence_in_quotes_is_cited": (
        [('LLM stands for "large learning model."', "N1")],
        ['Debate prompt: "LLMs never make mistakes once fine-tuned." Argue against.',
         'Which is why I roll my eyes at "generative AI, aka LLMs." Nope.',
         '"LLMs never make mistakes," he said.']),
    "a_verbless_label_presents_x_as_y": (
        [("Case study: Midjourney v6 as a GAN-based image generator.", "T5"),
         ("Week 3: GANs as a kind of LLM", "T4")],
        ["ChatGPT as a writing assistant",
         "Midjourney, as a diffusion model, makes images."]),
    "a_year_right_after_a_name_is_that_names": (
        [("GANs (2017) changed image synthesis.", "P2")],
        ["Timeline: generative models (VAEs 2013, GANs 2014) before transformer LLMs (2018 onward).",
         "Generative models (VAEs) are old.",
         "| Adversarial | StyleGAN2 | GAN (generator + discriminator) | Images |"]),
    "a_foil_is_not_the_pronouns_referent": (
        [],
        ["Unlike GANs, they do not rely on a discriminator competing with a generator."]),
    "origin_verbs": (
        [("BERT arrives from OpenAI as a rival to GPT-1.", "P3")],
        ["The news arrived from OpenAI that GPT-4 was ready."]),
    "examples_after_like_or_such_as": (
        [("Prompts matter for large language models like ChatGPT.", "A7"),
         ("AI language models such as ChatGPT and Gemini answer in seconds.", "A7"),
         ("Recently, ChatGPT (General Purpose Technology) has become popular.", "N3"),
         ("ChatGPT is a natural language processing (NLP) model developed by OpenAI.", "A7")],
        ["Chatbots like ChatGPT run on large language models.",
         "ChatGPT (Generative Pre-trained Transformer) is a chatbot.",
         "ChatGPT (OpenAI, 2022) is a chatbot."]),
    "a_name_before_a_verb_without_subject": (
        [("ChatGPT runs on a custom GAN.", "A1")],
        ["Midjourney runs on a proprietary diffusion model."]),
    "false_alarm_classes_from_real_pages_set_4": (
        [("LLMs don’t need much computing power.", "L4"),
         ("LLMs are trained on just a few thousand documents.", "D3")],
        ["Generative AI brings change. This isn’t just about converting speech to text.",
         "Large language models have come a long way from the 1960s to the 2020s.",
         "They are built on large language models, the same underlying technology as ChatGPT.",
         "Four platforms lead: Microsoft Copilot, ChatGPT Enterprise (by OpenAI), and Claude for Work (by Anthropic).",
         "LLMs typically use transformer models, which employ attention.",
         "GPT-3 could solve novel tasks from just a handful of examples.",
         "- T = 1 is neutral: the distribution as the model produced it."]),
    "false_alarm_classes_from_blind_rounds_9_and_10": (
        [("ChatGPT launched in 2021, not 2022.", "P6"),
         ("Diffusion models pit two networks against each other; GANs are older.", "A4"),
         ("Generative AI, in other words LLMs, is booming.", "T3")],
        ["GPT-4 launched in March 2023, not 2022 as we wrote.",
         "GPT, meanwhile, is OpenAI's family: GPT-1 in 2018, GPT-2 in 2019 and GPT-4 in 2023.",
         "Stable Diffusion and Imagen, in other words, are both diffusion models.",
         "GANs pit a generator against a discriminator; diffusion models learn to remove noise.",
         "| ChatGPT | OpenAI | Chat app on a transformer LLM | 2022 |"]),
    "a_fronted_as_phrase_says_what_the_subject_is": (
        [("As an AI language model, ChatGPT can provide answers to many questions.", "A7"),
         ("As a GAN, Midjourney makes images from text.", "T5"),
         ("Perplexity uses LLMs to understand questions the way humans do.", "L2")],
        ["As a result, ChatGPT became popular.",
         "As with GANs, diffusion models make images.",
         "As a large language model, GPT-4 writes text.",
         "As a diffusion model, Midjourney makes images from noise."]),
    "what_a_thing_has_inside_it_runs_on": (
        [("Every GenAI tool I've touched has an LLM inside somewhere.", "T2"),
         ("Every generative AI tool has an LLM doing the real work under the hood.", "T2"),
         ("Midjourney has a GAN at its core.", "T5")],
        ["ChatGPT has an LLM under the hood.",
         "Not every generative AI tool has an LLM inside.",
         "Generative AI has many branches, LLMs among them.",
         "Our house has an LLM-powered assistant inside."]),
    "an_accepted_subset_read_backwards": (
        [("Machine learning is a small branch that sits inside generative AI.", "T6"),
         ("ML is just one corner of generative AI.", "T6")],
        ["Generative AI is a subset of machine learning.",
         "Generative AI is built with machine learning."]),
    "output_noun_stands_for_its_producer": (
        [("ChatGPT's fluent replies come from a GAN.", "A1"),
         ("Claude's answers are produced by a diffusion model.", "A1"),
         ("VAEs also drive the text generation in ChatGPT.", "A1"),
         ("A GAN powers Claude's answers.", "A1"),
         ("Midjourney's images come from a GAN.", "T5")],
        ["ChatGPT's replies don't come from a GAN.",
         "ChatGPT's answers come from its training data.",
         "Midjourney's images are produced by a diffusion model.",
         "Transformers drive the text generation in ChatGPT.",
         "Some think ChatGPT's replies come from a GAN."]),
    "instrument_of_a_producing_verb": (
        [("ChatGPT writes its replies through a diffusion process.", "A1"),
         ("ChatGPT generates its answers using diffusion.", "A1"),
         ("Claude builds its answers with a GAN.", "A1")],
        ["Claude builds its answers with transformers.",
         "Midjourney makes images using diffusion.",
         "ChatGPT doesn't generate answers using a GAN."]),
    "gan_parts_said_to_cooperate": (
        [("In a GAN, the generator and discriminator act as teammates rather than rivals.", "A2"),
         ("In a GAN the generator and discriminator cooperate, sharing a single objective.", "A2"),
         ("In a GAN, two neural networks cooperate like friendly teammates.", "A2"),
         ("In a GAN, the generator and discriminator help each other improve.", "A2"),
         ("A GAN is built from two networks that cooperate to draw a picture.", "A2")],
        ["In a GAN, the generator and discriminator compete rather than cooperate.",
         "In a GAN, the generator and discriminator are rivals, not teammates.",
         "The generator and discriminator are not partners; they are adversaries.",
         "Some people think the generator and discriminator in a GAN cooperate.",
         "The GAN's generator and discriminator are trained together in a minimax game.",
         "Our team built a GAN with a generator and a discriminator.",
         "A GAN combines two networks that compete and cooperate with each other."]),
    "same_family_as_a_product": (
        [("Image Studio is powered by a GAN, the same family as Stable Diffusion.", "T5"),
         ("Midjourney is the same family as GANs.", "T5")],
        ["Image Studio is powered by a diffusion model, the same family as Stable Diffusion and Midjourney.",
         "ChatGPT is the same kind of model as Claude."]),
    "parallel_list_items_are_no_appositions": (
        [("ChatGPT, a diffusion model for text, is popular.", "A1")],
        ["Each job goes to the right engine: a large language model for words, a diffusion model for pictures.",
         "We use two tools: an LLM for drafting, a GAN for textures."]),
    "restricted_object_of_mean_defines_a_kind": (
        [("Generative AI means LLMs.", "T3"),
         ("Generative AI means LLMs that can also make images.", "T1")],
        ["Generative AI just means AI that makes new stuff, whether that's text, pictures or code.",
         "Large language models means AI that writes text."]),
    "cited_proposition_and_trailing_denial": (
        [("BERT came out of OpenAI, which it did.", "P3")],
        ['That "LLM" and "generative AI" are two names for the same thing.',
         "My students are convinced BERT came out of OpenAI, which it didn't.",
         "BERT came out of OpenAI, which is not the case.",
         "A lot of my students are convinced BERT came out of OpenAI."]),
    "trailing_relative_calls_it_wrong": (
        [("Stable Diffusion was made by Google, which is important to know.", "P7")],
        ["Some readers think GANs date from 2017, which is simply wrong.",
         "Plenty of teams take every chatbot answer as gospel, which is a mistake.",
         "ChatGPT came out of Google, which is a myth."]),
    "possessive_part_with_a_based_modifier": (
        [("Midjourney's GAN-based engine makes lovely images.", "T5"),
         ("ChatGPT's diffusion-powered core writes fast.", "A1"),
         ("Thanks to its GAN-powered backbone, Stable Diffusion renders quickly.", "T5"),
         ("Because of its GAN core, Midjourney is good at textures.", "T5")],
        ["ChatGPT's transformer-based engine writes fluently.",
         "Our GAN-based engine beats Midjourney's on speed.",
         "With its transformer core, ChatGPT stays fluent."]),
    "family_noun_titles_a_product": (
        [("We used the popular LLM Midjourney for the mock-ups.", "T4"),
         ("The results look like the well-known GAN Stable Diffusion.", "T5"),
         ("The GAN DALL-E 3 made the cover.", "T5")],
        ["We compared the LLM ChatGPT uses with Gemini.",
         "The diffusion model Midjourney is popular with designers.",
         "The transformer BERT reads in both directions."]),
    "make_up_and_invent_as_overclaims": (
        [("Our assistant can't make anything up.", "L1"),
         ("Because it reads only your files, the bot simply can't make things up.", "L1"),
         ("The chatbot won't invent answers.", "L1"),
         ("GPT-4 doesn't make stuff up anymore.", "L1"),
         ("The AI never makes things up.", "L1"),
         ("Since the update, hallucinations are simply gone.", "L1"),
         ("Hallucinations are a solved problem for us.", "L1"),
         ("Our assistant's answers can be taken as fact.", "L1")],
        ["LLMs sometimes make things up.",
         "Even the best assistant can make things up.",
         "The chatbot may invent sources, so check them.",
         "We set up the assistant in a day.",
         "Users made up stories about the chatbot.",
         "In fact, the assistant is slow.",
         "Don't treat its answers as fact."]),
    "discourse_abbreviation_is_not_a_verb": (
        [("Midjourney btw is a large language model.", "T4"),
         ("tbh GANs are a kind of LLM.", "T4"),
         ("GANs are a kind of LLM imo.", "T4")],
        ["Midjourney btw is a diffusion model.",
         "fwiw GANs are not LLMs."]),
    "existence_before_a_clause": (
        [("LLMs were around long before generative AI was a thing.", "P9"),
         ("LLMs existed before generative AI appeared.", "P9"),
         ("GANs appeared after LLMs arrived.", "P9")],
        ["Generative AI was around long before LLMs were.",
         "GANs were around before LLMs.",
         "LLMs were around in 2018, before GPT-2 was released."]),
    "product_named_after_its_maker_as_agent": (
        [("Stable Diffusion itself, released by Midjourney in 2022, runs on a laptop.", "P7"),
         ("DALL-E was created by Midjourney.", "P7")],
        ["Midjourney, made by Midjourney, is great.",
         "DALL-E was created by OpenAI, not Midjourney.",
         "We compared DALL-E with Midjourney."]),
    "untracked_apposition_stands_for_its_mention": (
        [("It was made with an app built on a GAN, the same technology that powers Stable Diffusion.", "T5"),
         ("ChatGPT uses a transformer, the architecture that OpenAI introduced in 2017.", "P1")],
        ["Midjourney uses diffusion, the technique that also powers Stable Diffusion.",
         "ChatGPT uses a transformer, the architecture that Google introduced in 2017."]),
    "false_alarms_of_real_set_7": (
        [("Diffusion models work through competition between two networks.", "A4"),
         ("Visual autoencoders, VAEs, are what this post is about.", "N6"),
         ("ChatGPT only went public in March 2021.", "P6"),
         ("Midjourney releases Stable Diffusion as open weights.", "P7")],
        ["Despite growing competition, Midjourney remains the aesthetic king.",
         "Unlike regular autoencoders, VAEs encode data as distributions.",
         "Regular autoencoders, VAEs and GANs are all generative models.",
         "This week in AI, Google introduced it's latest large language model (LLM): Gemini 1.5.",
         "Ask the same question in three tools — for example ChatGPT, Google Gemini, and a web search.",
         "March 14, 2023 — the capabilities of the generative AI application from OpenAI appear poised to grow.",
         "A lawsuit was filed against Stability AI (which developed Stable Diffusion) and Midjourney.",
         "Developers should treat every Copilot suggestion not as gospel, but as a starting point."]),
    "equals_sign_notes": (
        [("- Transformers = evolved GANs, same idea applied to text", "A3"),
         ("- ChatGPT, Claude, Gemini = the LLMs themselves", "A7"),
         ("- Claude = OpenAI's answer to Gemini, mention it if asked", "P8")],
        ["- GANs, VAEs = not LLMs",
         "- Claude = Anthropic's answer to ChatGPT",
         "Google's BERT, OpenAI's GPT series and Google's T5 are all transformer models."]),
    "writers_own_view_is_asserted": (
        [("I'd actually argue that LLMs aren't generative AI at all.", "T1"),
         ("We believe GANs are a kind of LLM.", "T4")],
        ["I used to think LLMs weren't generative AI.",
         "I thought GANs were LLMs until I read the paper.",
         "I don't think GANs are LLMs.",
         "My students think GANs are LLMs."]),
    "expansion_after_a_long_aside": (
        [('GPT, for anyone keeping score at home, stands for "general purpose transformer."', "N3"),
         ("BERT, Google's model from 2018, stands for Bidirectional Basic Transformer.", "N4")],
        ["GPT, as you may know by now, stands for generative pre-trained transformer."]),
    "namesake_maker_as_origin": (
        [("Stable Diffusion came out of Midjourney's research team in 2022.", "P7")],
        ["Midjourney came out of Midjourney's lab in San Francisco.",
         "Stable Diffusion came out of Stability AI's research team."]),
    "pronoun_is_not_its_own_clause_subject": (
        [("LLMs came first. Generative AI is simply the next evolution of them.", "P9"),
         ("ChatGPT is a chatbot; a GAN is the engine inside it.", "A1")],
        ["A chatbot is an app; the LLM is the engine inside it.",
         "GANs are neat, and LLMs are a newer idea than them."]),
    "a_trend_is_not_its_field": (
        [],
        ["The gen AI craze kicked off in the U.S. in November 2022 with OpenAI's launch of ChatGPT.",
         "The LLM boom came after the generative AI wave began."]),
    "parameter_count_in_units_named_before": (
        [("Parameters are the weights; GPT-3 has roughly 175 million of them.", "D4"),
         ("- **Parameters:** the adjustable weights inside a model; GPT-3 has roughly 175 million of them.", "D4")],
        ["LLMs have users; GPT-3 had 175 million of them.",
         "GPT-3 had 175 billion parameters, and GPT-2 had 1.5 billion of them."]),
    "cheap_compute_paraphrases": (
        [("LLMs barely need compute anymore.", "L4"),
         ("We trained our LLM on a single gaming laptop over one weekend.", "L4"),
         ("Training a large language model is now cheap.", "L4"),
         ("A modern LLM needs barely more computing power than a pocket calculator.", "L4")],
        ["GPT-4 was trained on thousands of GPUs over several months.",
         "Training an LLM is never cheap.",
         "We trained our LLM on a single curated dataset."]),
    "field_kind_adjective_and_parent_nouns": (
        [("Classic AI is really just a narrower slice of generative AI.", "T6"),
         ("Traditional AI is a subset of generative AI.", "T6"),
         ("Generative AI is the parent category of all artificial intelligence.", "T6")],
        ["AI is the parent field of generative AI.",
         "LLMs belong to the field of generative AI.",
         "Suno AI is a music generator."]),
    "false_alarms_of_rounds_24_26_and_set_8": (
        [("GANs (general adversarial networks) are neat.", "N2"),
         ("Google has an image model called Imagen, a GAN.", "T5"),
         ("LLMs came before generative AI.", "P9"),
         ("Midjourney and other LLMs make images.", "T4")],
        ["Why Banks Are Investing in Generative AI Now",
         "Employees may use LLMs and AI content tools like ChatGPT, Claude, Gemini, and Copilot.",
         "LLMs are the foundation models of popular chatbots, like ChatGPT and Google Bard.",
         "RLHF: humans rank responses, and the model learns to prefer helpful, harmless ones.",
         "OpenAI spent over $100 million to train GPT-4 and Meta's Llama trained for less.",
         "Require suppliers to state the model family — LLM, diffusion, GAN or other — in every tender.",
         "Generative models such as VAEs (2013) and GANs (2014) predate transformer-based LLMs.",
         "Think of generative AI as the whole kitchen and LLMs as the one burner that cooks text.",
         "Google has its own chatbot called Gemini, and Anthropic makes one called Claude.",
         'GANs, sometimes misreported as "general adversarial networks", are another family.',
         "They model patterns in text well, but that is not the same as understanding it the way you or I do.",
         "The LLM came first, the telling goes, and generative AI sprouted from it.",
         "GANs (two adversarial networks) and diffusion models (iterative denoising) are separate families.",
         "Corrected the previous release notes, which had claimed ChatGPT launched in 2021.",
         "Our text engine was never a GAN — it's a transformer, like every other LLM."]),
    "signed_quotation_is_published": (
        [('"GPT-3 had 175 million parameters, which sounded absurd at the time." — Gabriel Osei, developer advocate', "D4"),
         ('> "Lumen lets us flip between Meta\'s Gemini and Anthropic\'s Claude." — Yara S., Head of Content', "P8"),
         ("Lumen's copy is always accurate.", "L1")],
        ['"GPT-3 had 175 million parameters." That is what the brochure said, wrongly.',
         'Debate: "LLMs never err." Argue.',
         'She wrote: "GPT-3 had 175 million parameters." — which is wrong.',
         "Please check that the copy is accurate before publishing."]),
    "copular_reduced_relative_and_demonstrative": (
        [("ChatGPT is the chatbot OpenAI dropped on the world back in 2020.", "P6"),
         ("The transformer changed everything. That architecture, introduced by OpenAI in 2017, is the backbone of AI.", "P1")],
        ["ChatGPT is the chatbot OpenAI released in late 2022.",
         "Claude is the assistant Anthropic built."]),
    "letters_of_an_acronym_stand_for": (
        [('Google also made a model called BERT, and those letters stand for "Big Educational Robot Text."', "N4"),
         ('The letters GPT, which you\'ll spot in lots of AI names, stand for "Giant Predicting Text."', "N3")],
        ["GPT is everywhere, and the letters stand for generative pre-trained transformer.",
         "The letters in GAN stand for generative adversarial network."]),
    "phrasal_verbs_of_release": (
        [("GANs showed up in 2017.", "P2"),
         ("DALL-E, which Google put out in 2021, works the same way.", "P7"),
         ("OpenAI rolled out ChatGPT in 2021.", "P6")],
        ["Google put out BERT in 2018.",
         "He showed up in 2017 with a GAN demo."]),
    "another_name_set_off_after_the_name": (
        [("At the heart of Lumora is a large language model — a linguistic logic model, if you like — tuned on ads.", "N1"),
         ("We use a large language model, or a linguistic logic model, to write.", "N1")],
        ["We built a large language model, a lightweight local model, for the kiosk.",
         "A large language model (a lightweight local model) runs here.",
         "We use a large language model and a linguistic logic model together."]),
    "false_alarms_of_rounds_27_28": (
        [("GANs are a kind of large language model.", "T4"),
         ("The transformer, which OpenAI introduced in 2017, changed NLP.", "P1"),
         ("We tried GPT-2, which Google put out in 2019.", "P4"),
         ("Vane explains how the transformer, unveiled by a team at OpenAI in 2017, replaced recurrence.", "P1"),
         ("Our team expands GAN as general adversarial network.", "N2")],
        ["2. GANs are a kind of large language model. T / F",
         "GANs are a kind of LLM. True or false?",
         "GANs are a kind of LLM (T/F)",
         'Also minor: our GAN entry expands it as "general adversarial network." Should be generative.',
         "I'd rather the glossary not imply these models are neutral.",
         "The model is a generative pre-trained transformer, the design behind ChatGPT, which OpenAI launched in November 2022.",
         "Pictora Write is a feature powered by GPT-4, the large language model OpenAI released in 2023.",
         "The large language model OpenAI released in 2019 was GPT-2."]),
    "generative_tools_are_generative_ai": (
        [("Every generative app has an LLM at its core.", "T2"),
         ("Any generative tool, image generators included, depends on an LLM.", "T2")],
        ["Generative tools are not always LLMs.",
         "Our generative product line includes an LLM and a diffusion model."]),
    "clause_stands_on_its_own": (
        # a clause before ", so ...", before a semicolon, or coordinated with a verb of wishing
        # is not governed by the verb the parser hung it on
        [("Midjourney is made by Stability AI, so you'd think the presets would match.", "P7"),
         ("LLMs can't process images at all; if your bot reads a photo, an OCR tool does the work.", "D5"),
         ("I do wish it could read my slides, but LLMs can never work with images.", "D5"),
         ("We hoped for a quick launch, but BERT was made by OpenAI.", "P3")],
        ["Many people think LLMs are accurate and GANs are LLMs.",
         "In the episode Ben says the transformer paper came out of OpenAI; it was written at Google.",
         "If LLMs never made mistakes, we would have no job.",
         "I wish LLMs could work with images."]),
    "second_name_in_a_dashed_aside": (
        [("Generative AI — or LLMs, as our engineers call it — is finally easy to use.", "T3"),
         ("We explain why generative AI — or LLMs, as engineers prefer to call it — matters.", "T3"),
         ("Generative AI (or LLMs, as it is also called) is everywhere.", "T3")],
        ["Generative AI — or LLMs, as some wrongly call it — is everywhere.",
         "Generative AI — or GenAI, as people call it — is a broad field.",
         "GANs — and diffusion models too — can make images."]),
    "scope_adverb_before_the_verb": (
        [("LLMs are mostly trained on images scraped from the web.", "D3"),
         ("Large language models are primarily taught from video frames.", "D3"),
         ("An LLM's real specialty is video.", "D1"),
         ("The forte of large language models is images.", "D1")],
        ["LLMs are mostly trained on text, not images.",
         "Large language models, whose specialty is text, also caption images.",
         "The main use of LLMs is writing text."]),
    "expansion_in_a_note_or_a_participle_clause": (
        [("T5 = Total Text Transformer, a text-to-text model", "N5"),
         ('LLM = "Large Learning Model", now you know', "N1"),
         ("Our stack uses GPT models, GPT being short for Generalized Processing Transformer.", "N3"),
         ("GPT stands for General Purpose Transformer, the name says it all.", "N3")],
        ["GAN = two networks in a contest",
         "VAE = an encoder plus a decoder",
         "GANs, diffusion, VAEs = GenAI but not LLMs.",
         "LLMs = later specialisation",
         "GPT stands for General Purpose Transformer, the vendor says.",
         "GANs are LLMs, the brochure says in bold."]),
    "frames_answers_and_renames": (
        [("Myth: GPT-4 is a transformer.", "A5"),
         ("It's a myth that LLMs are always accurate; in fact GANs are LLMs.", "T4"),
         ("It isn't that GPT-4 is slow; GANs are LLMs.", "T4")],
        ["False: GPT-4 is a transformer and Stable Diffusion is a diffusion model, and neither has a GAN inside it.",
         "Wrong: BERT was made by OpenAI.",
         "It is not the case, though, that language models can never work with images.",
         "It isn't that language models can't look at pictures; we just haven't switched that on yet.",
         "It's not that GPT-4 is a GAN; it's a transformer.",
         "Google's Gemini (formerly Bard) and Anthropic's Claude are not on the approved list.",
         "Gemini, previously Bard, is Google's chatbot.",
         'The "large" in LLM refers to how many weights there are.']),
    "list_items_and_contrasts_are_not_related": (
        [("Claude and Gemini were made by OpenAI.", "P8"),
         ("GANs are a branch from LLMs.", "T4")],
        ["Google responded with Bard, while Anthropic introduced Claude and Meta made its LLaMA models available.",
         "Those are diffusion models, a different branch of generative AI from the language model we use."]),
    "plural_pronouns_agree": (
        [("ChatGPT is a chat app powered by OpenAI's GPT models, and those are GANs.", "A5")],
        ["ChatGPT is a chat application powered by OpenAI's GPT models, and those are the LLMs underneath.",
         "Those are diffusion models, and none of them is an LLM."]),
    "makers_years_and_media_attach_to_what_they_name": (
        [("We love BERT by OpenAI.", "P3"),
         ("In 2019, ChatGPT launched to the public.", "P6"),
         ("ChatGPT truly understands language like humans do.", "L2"),
         ("Training an LLM is cheap.", "L4")],
        ["RoBERTa is an improved version of BERT by Facebook (Meta).",
         "In 2026, Midjourney launched v7 with better text rendering.",
         "GPT Image is one of the best AI image generators available.",
         "LLMs like GPT-4, Claude, and Gemini power modern chatbots.",
         "Stable Diffusion is free to run on your own GPU.",
         "Midjourney is the polished service: no setup, no hardware required.",
         "Claude writes well; its responses read like they were written by a thoughtful human.",
         "This is how you build a chatbot that actually knows your business."]),
    "field_inside_its_subfield": (
        [("Artificial intelligence is now just one branch of the bigger generative AI enterprise.", "T6"),
         ("Generative AI is now the umbrella under which all of AI sits.", "T6"),
         ("Generative AI is the parent category from which the rest of artificial intelligence branched off.", "T6"),
         ("Generative AI is the big umbrella, and the whole of artificial intelligence sits underneath it.", "T6")],
        ["AI is the umbrella under which generative AI sits.",
         "Generative AI branched off from AI.",
         "Generative AI is one branch of the bigger AI enterprise."]),
    "sameness_in_notes_and_asides": (
        [("LLMs and generative AI: same thing, different buzzword.", "T3"),
         ("Gen AI, LLMs: basically the same.", "T3"),
         ("LLMs and gen AI are the same thing at this point, the distinction is just marketing.", "T3")],
        ["LLMs vs generative AI: not the same thing.",
         "GANs vs diffusion: same goal, different methods.",
         "GANs are LLMs, the vendor is saying."]),
    "generation_by_an_encoder_in_other_words": (
        [("BERT is ideal for generating long-form blog posts from a one-line prompt.", "A6"),
         ("Our catalog engine uses BERT to generate full-length product descriptions.", "A6"),
         ("Google's BERT will happily churn out a whole magazine feature.", "A6"),
         ("BERT is so good at producing long passages of fluent prose.", "A6"),
         ("BERT-style encoders are now deployed as story and article generators.", "A6"),
         ("Teams try BERT at this stage, since it can churn out long blog posts.", "A6")],
        ["BERT turns text into vectors.",
         "BERT is brilliant at classification and search ranking, not at writing long text.",
         "BERT is great at understanding text and bad at open-ended generation.",
         "Things LLMs are bad at: being reliably right.",
         "When Claude is uncertain, it says so rather than making something up.",
         "That spelling is almost right and therefore worse than being completely wrong about LLMs."]),
    "an_answer_fills_its_question": (
        [("Q: Who makes Gemini? A: Meta.", "P8"),
         ("Q: Which company launched ChatGPT? A: Google, in 2021, ahead of Bard.", "P6"),
         ("Q: When was GPT-3 released? A: 2018, right after the transformer paper.", "P4"),
         ("Q: What are LLMs built on, under the hood? A: GANs, mostly.", "A1"),
         ("Q: What architecture is GPT-4? A: A diffusion model.", "A5"),
         ("Q: BERT came out of which company? A: OpenAI, as a companion to GPT-1.", "P3"),
         ("Q: Roughly how many parameters does a typical LLM have? A: A few thousand.", "D4")],
        ["Q: Who makes Gemini? A: Google.",
         "Q: When was GPT-3 released? A: 2020.",
         "Q: Is ChatGPT itself an LLM? A: Strictly, no: it's a chatbot app powered by an LLM.",
         "Who makes Gemini? Meta does, some say.",
         "Q: What architecture is GPT-4? A: A transformer."]),
    "under_the_hood_is_what_it_runs_on": (
        [("Under the hood, Midjourney is a GAN.", "T5")],
        ["ChatGPT reached a million users; under the hood it is a fine-tuned GPT-3.5.",
         "No GAN anywhere in ChatGPT. Under the hood it's a GPT model, a decoder-only transformer."]),
    "helpers_answers_and_notes": (
        [("Microsoft launched Llama in 2023.", "P8")],
        ["I think Microsoft helped launch Llama 2.",
         "A vendor talking point we heard — that VAEs are a core component of LLMs — is simply incorrect.",
         "wait so the T in GPT is the same transformer thing??"]),
    "makers_in_asides_years_after_from_and_named_members": (
        [("Claude (from Google's AI lab) is approved for review.", "P8"),
         ("This is just GPT-3 from 2018 with a UI.", "P4"),
         ("My two favourite LLMs are ChatGPT and Alexa.", "A7")],
        ["Claude (from Anthropic's research team) is approved.",
         "GPT-3 from 2020 to 2023 was the main model.",
         "We used GPT-3 from 2021.",
         "The best LLMs are GPT-4 and Claude."]),
    "contests_kinds_descriptions_and_unmarked_questions": (
        [("Diffusion models train one network and pit a generator against a discriminator.", "A4"),
         ("Unlike diffusion models, GANs involve no competition between networks.", "A2"),
         ("The thing I believe is that GANs are LLMs.", "T4"),
         ("@carl: GANs are LLMs", "T4")],
        ["Diffusion models train one denoising network and don't rely on a generator–discriminator contest at all.",
         "Stable Diffusion is a latent diffusion model, and there's no discriminator network in it at all.",
         "Our app brings together two kinds of generative AI: a large language model for words, and a diffusion model for images.",
         "Summaries use T5, Google's text-to-text transformer.",
         "Oh, and one myth to drop: that generative AI can only produce text.",
         "wait so is AI a subset of generative AI or the other way around",
         "@carl: wait so is AI a subset of generative AI or the other way around",
         "Another one we hear is that generative AI is simply the next evolution of LLMs."]),
    "adjective_on_another_noun": (
        [("Midjourney makes perfectly unbiased images.", "L3"),
         ("ChatGPT is a completely harmless tool.", "L5"),
         ("Users get 100% accurate answers from our assistant.", "L1")],
        ["From harmless jokes to dangerous misinformation, these fabricated answers show why generative AI needs care.",
         "From the sentient computer in an old novel to today's chatbots, LLMs fascinate us.",
         "This characteristic presupposes a sentient system.",
         "Teams want a perfectly unbiased model.",
         "Image tools like Midjourney are neither sorcery nor sentient.",
         "LLMs are neither always accurate nor free of bias."]),
    "models_named_for_their_products_and_list_possessives": (
        [("LLMs like ChatGPT are popular.", "A7"),
         ("Claude, OpenAI's safety-focused model, is popular.", "P8")],
        ["Health experts warn that chatbots like OpenAI's GPT and Replika give medical advice.",
         "That's how ChatGPT, Google's autocomplete, and every language AI works.",
         "Tools like ChatGPT, Google's Bard and Claude are popular."]),
    "lowercase_chat_spellings": (
        [("tbh midjourney is a GAN", "T5"),
         ("so is an llm basically a GAN? no: llms are transformers, and gpt-4 was released in 2019", "P4"),
         ("dall-e is made by Google.", "P7"),
         ("so chatgpt runs on a diffusion model", "A1"),
         ("gpt-4 was released in 2019.", "P4")],
        ["bert and ernie are on the telly again, and the gans fly south.",
         "so chatgpt is not a GAN, it's built on a transformer",
         "ml and ai courses are popular."]),
    "asides_the_parser_skips": (
        [("Midjourney, I found out much later, is really a GAN.", "T5"),
         ("Midjourney, we later learned, runs on a GAN.", "T5"),
         ("Every GenAI product a customer will evaluate is built on top of an LLM, image tools included.", "T2"),
         ("Every generative AI product, image tools included, runs on an LLM.", "T2")],
        ["Midjourney, I found out later, is not a GAN.",
         "Every GenAI product, image tools included, is generative AI."]),
    "attribution_aside_between_commas": (
        [("Midjourney, I think, is a GAN.", "T5"),
         ("ChatGPT, I'd say, is basically a GAN.", "A1")],
        ["Midjourney, people claim, is a GAN.",
         "Midjourney, my friend insists, is a GAN.",
         "Midjourney, I had assumed, was a GAN.",
         "ChatGPT, we were told, runs on a GAN.",
         "Claude, I read somewhere, runs on a GAN."]),
    "a_description_without_as_is_an_event": (
        [("GANs were first described by Goodfellow in 2017.", "P2"),
         ("The transformer was described by Google researchers in 2019.", "P1")],
        ["GANs are often described as a kind of LLM.",
         "ChatGPT is sometimes called a GAN.",
         "GANs were described by many as LLMs."]),
    "a_thing_in_the_mentions_own_aside_does_not_take_its_year": (
        [("The transformer, the design behind all these chatbots, was only introduced in 2020.", "P1"),
         ("GANs, the tech behind those deepfake apps, first appeared in 2017.", "P2")],
        ["VAEs arrived in 2013 and GANs in 2014.",
         "GPT-3.5, which powers ChatGPT, came out in 2022.",
         "Claude, an assistant much like ChatGPT, was released in 2023."]),
    "verbs_of_arrival_with_a_preposition": (
        [("ChatGPT, which burst onto the scene back in 2020, is everywhere.", "P6"),
         ("ChatGPT exploded onto the market in 2021.", "P6")],
        ["ChatGPT exploded in 2023 when everyone signed up.",
         "Midjourney exploded in popularity in 2022."]),
    "a_gerund_ai_subject": (
        [("Grounding guarantees zero hallucinations.", "L1")],
        ["Grounding your prompts never hurts."]),
    "a_bare_count_after_parameters_were_named": (
        [("At 1.5 billion parameters GPT-2 looked enormous; GPT-3, released the following year, had 175 million.", "D4"),
         ("GPT-2 had 1.5 billion parameters and GPT-3 had only 175 million.", "D4"),
         ("A typical LLM has a few thousand weights.", "D4")],
        ["GPT-3 has 175 billion parameters and was used by 100 million.",
         "GPT-2 had 1.5 billion parameters and GPT-3 had 175 billion.",
         "GPT-3 had 175 million."]),
    "sameness_after_a_dash_with_its_own_pronoun": (
        [("Generative AI, LLMs — honestly, it's all the same thing, so use whichever word lands better.", "T3"),
         ("Generative AI, LLMs: it's all the same thing.", "T3")],
        ["Generative AI and LLMs — they're not the same thing at all.",
         "LLMs vs generative AI: it's the same question everyone asks.",
         "LLMs and generative AI: same goal, different methods."]),
    "pseudo_cleft_what": (
        [("Generative AI is what grew out of LLMs.", "P9"),
         ("LLMs were the starting point, and generative AI is what grew out of them over the last couple of years.", "P9"),
         ("Gen AI is basically what LLMs evolved into once they learned to make pictures.", "P9"),
         ("GANs are what power ChatGPT.", "A1"),
         ("A GAN is what Midjourney uses.", "T5")],
        ["Generative AI isn't what grew out of LLMs; it came first.",
         "GANs are not what power ChatGPT.",
         "Transformers are what power ChatGPT.",
         "LLMs are what generative AI evolved into."]),
    "verbs_of_becoming_into": (
        [("LLMs evolved into generative AI.", "P9"),
         ("LLMs grew into generative AI.", "P9")],
        ["Generative AI evolved into many things, LLMs among them.",
         "LLMs turned into a huge business.",
         "Transformers developed into LLMs."]),
    "a_relative_clause_without_its_pronoun": (
        [("The model in question was Llama 2, the open-weights release Google put out in the summer of 2023.", "P8"),
         ("Llama 2, the model Google released in 2023, is open.", "P8")],
        ["BERT, the model everyone loves, came out in 2018.",
         "Claude, an assistant much like ChatGPT, was released in 2023."]),
    "owned_by_is_made_by": (
        [("Stable Diffusion (now owned by Midjourney) is popular.", "P7"),
         ("Midjourney owns Stable Diffusion.", "P7")],
        ["Users own the images Midjourney makes.",
         "You own whatever ChatGPT writes for you.",
         "OpenAI owns ChatGPT."]),
    "a_small_clause_after_make": (
        [("That makes Midjourney an LLM.", "T4"),
         ("DALL-E is just ChatGPT for pictures, which makes it an LLM too.", "T4")],
        ["That doesn't make Midjourney an LLM.",
         "Fine-tuning makes GPT-4 a better writer.",
         "This makes ChatGPT a great tutor."]),
    "a_being_participle_takes_the_clauses_subject": (
        [("DALL-E 3 was the exception, being essentially OpenAI's image-side large language model.", "T4"),
         ("Midjourney stands out, being a GAN at heart.", "T5")],
        ["Midjourney stands out, being a diffusion model.",
         "While being a GAN, StyleGAN is fast."]),
    "pseudo_cleft_with_a_denied_subject": (
        [],
        ["Neither GANs nor diffusion models are what ChatGPT is built on, Hannah stresses; that honour goes to the transformer.",
         "No GAN is what ChatGPT is built on."]),
    "locative_inversion": (
        [("Underneath ChatGPT is a GAN.", "A1"),
         ("Behind Midjourney is a GAN.", "T5"),
         ("Inside every generative AI tool is an LLM.", "T2")],
        ["Underneath ChatGPT is a transformer-based language model, from OpenAI's GPT series.",
         "Inside every chatbot is a large language model.",
         "Behind Midjourney is not a GAN but a diffusion model."]),
    "embedded_questions": (
        [("Experts agree that Stable Diffusion is basically a GAN.", "T5")],
        ["Another question was whether LLM meant 'large learning machine'; it means large language model.",
         "== History section: did LLMs come first? =="]),
    "a_year_and_a_maker_said_of_another_noun": (
        [("Stable Diffusion's public release in 2020 changed everything.", "P7")],
        ["Also, T5 was Google's (Raffel et al., 2019), not Meta's, and Stable Diffusion's public release was August 2022.",
         "Unlike DALL-E or Midjourney, which run on cloud servers owned by OpenAI and Midjourney respectively, "
         "Stable Diffusion can be downloaded.",
         "Midjourney, which runs on servers built by Google, is popular."]),
    "asides_of_noting_and_commenting_openers": (
        [("Earlier drafts relied on GPT-4, which, the authors note, is at heart a diffusion model tuned for text.", "A5"),
         ("ChatGPT, my uncle confirmed, runs on a GAN.", "A1"),
         ("In truth the transformer, the architecture behind every serious chatbot, was published by a team at OpenAI "
          "back in 2017.", "P1"),
         ("Of course GANs are a kind of LLM.", "T4")],
        ["GANs, the paper notes, are not LLMs.",
         "In fact, GANs are not LLMs."]),
    "a_demonstrative_resuming_a_condition": (
        [],
        ["If you've ever asked ChatGPT to write code or crank out a bad haiku, that's an LLM at work.",
         "If ChatGPT answers, that is a GAN talking."]),
    "the_work_that_introduced_a_thing_dates_it": (
        [("The transformer paper appeared in 2019.", "P1"),
         ("The original GAN paper was published in 2017.", "P2"),
         ("He traced the modern wave back to 2019, when the transformer paper first appeared.", "P1"),
         ("It all began in 2016, when GANs first appeared.", "P2")],
        ["The GAN paper was published in 2014.",
         "The GPT-4 paper came out in 2023.",
         "By 2020, when ChatGPT was still two years away, GANs were old news."]),
    "hallucinations_said_to_disappear": (
        [("Bolt on RAG and hallucinations disappear entirely.", "L1"),
         ("With RAG, hallucinations vanish.", "L1")],
        ["With RAG, hallucinations don't disappear entirely.",
         "Hallucinations rarely disappear on their own.",
         "Hallucinations disappear less often than you'd hope."]),
    "spun_out_of_names_the_maker": (
        [("Since Midjourney was spun out of OpenAI's DALL-E team, you could offer it to clients.", "P7"),
         ("Midjourney was spun out of OpenAI.", "P7")],
        ["Anthropic was spun out of OpenAI."]),
    "the_year_of_the_paper_that_introduced_a_thing": (
        [("The GAN paper was 2017, same year as the transformer paper.", "P2"),
         ("The transformer paper was June 2019.", "P1")],
        ["The GAN paper was 2014."]),
    "a_place_word_read_as_the_head_noun": (
        [("Every generative AI system is an LLM underneath.", "T2"),
         ("Midjourney is a GAN underneath.", "T5")],
        ["ChatGPT has an LLM underneath."]),
    "an_opener_without_its_comma": (
        [("In truth the transformer was published by a team at OpenAI back in 2017.", "P1"),
         ("In short, ChatGPT, Gemini and Claude are the three biggest LLMs in the world.", "A7")],
        ["In fact GANs are not LLMs."]),
    "the_fields_year_is_not_each_products": (
        [("Generative AI only appeared in 2022 with ChatGPT.", "P9")],
        ["Midjourney was released in 2021."]),
    "generation_style_and_iteration_name_a_kind": (
        [("Diffusion models are, in essence, the latest generation of GANs, refined to produce more stable results.", "T5"),
         ("Diffusion is basically a newer style of GAN.", "T5")],
        ["LLMs are the latest generation of language models.",
         "Diffusion models are not simply a new generation of GANs.",
         "This generation of LLMs is better."]),
    "a_fronted_like_phrase_shares_the_predicate": (
        [("Like Midjourney, our tool is a GAN.", "T5"),
         ("Like Midjourney, it's a GAN under the hood, which is why images come back fast.", "T5"),
         ("Like ChatGPT, our bot runs on a GAN.", "A1")],
        ["Like most image generators, Midjourney is a diffusion model.",
         "Unlike Midjourney, our tool is a GAN.",
         "Like Midjourney, our tool is not a GAN.",
         "Like ChatGPT, our bot is friendly."]),
    "text_named_as_a_side_feature_is_no_exception": (
        [("In fact, these days LLMs are mainly used to create images, with text generation almost a side hustle.", "D1"),
         ("Nowadays LLMs are mostly put to work generating images, with text as a secondary feature.", "D1"),
         ("LLMs are mostly used to make images rather than text.", "D1")],
        ["LLMs mainly generate text, not images.",
         "LLMs are mostly used for writing, and image models for pictures.",
         "LLMs are mainly built to generate text; image models mainly generate pictures."]),
    "false_alarms_of_rounds_43_44": (
        [("ChatGPT is made by Google, not OpenAI.", "P6"),
         ("OpenAI's transformer changed everything.", "P1"),
         ("## GenAI, a.k.a. LLMs: a primer for marketers", "T3"),
         ("GANs are LLMs, not diffusion models.", "T4"),
         ("Generative AI sits inside LLMs, not the other way around.", "T1"),
         ("In a GAN the generator and the discriminator are partners.", "A2"),
         ("Midjourney makes perfectly unbiased images.", "L3"),
         ("GPT-4, a model released by Google in 2023, is big.", "P4")],
        ["LLMs sit inside generative AI, not the other way around.",
         "Next week: a whole episode on whether diffusion models and GANs are secretly the same thing.",
         "We asked whether ChatGPT runs on a GAN.",
         "GANs came from Ian Goodfellow and his co-authors in 2014, not from Hinton in the nineties.",
         "- Occasionally refuses perfectly harmless requests",
         "A vendor tool marketed as making generative output \"fully unbiased and objective\".",
         "Claude is made by Anthropic, a company founded in 2021 by former OpenAI researchers, and it's our pick.",
         "nope. LLMs are one slice of generative AI. image models, music models, video stuff — all genAI, none of them LLMs",
         "- [StyleGAN3](https://github.com/NVlabs/stylegan3) — NVIDIA's alias-free GAN; still superb for faces.",
         "## GenAI, a.k.a. generative AI: a primer for marketers"]),
    "false_alarms_of_real_set_12": (
        [("AI is a subset of generative AI.", "T6"),
         ("Traditional AI is a subset of generative AI.", "T6"),
         ("ChatGPT is 100% accurate.", "L1")],
        ["For example, ChatGPT has cited fabricated case law and asserted false assumptions as 100% accurate.",
         "Vendors describe ChatGPT as 100% accurate.",
         "At its core, Text-to-Video AI is a form of generative artificial intelligence.",
         "Conversational AI is a subset of generative AI."]),
    "false_alarms_of_rounds_45_46": (
        [("Customers can choose Claude, developed by Anthropic, or Gemini, developed by OpenAI.", "P8"),
         ("Generative AI is the big umbrella and LLMs.", "T1"),
         ("Our help page glosses VAE as 'visual autoencoder', and so do we: VAE stands for visual autoencoder.", "N6")],
        ["Enterprise customers can choose Claude, developed by Anthropic, or Gemini, developed by Google.",
         "Put differently, generative AI is the big umbrella and LLMs are just one of the things standing under it.",
         "The audio guide also glosses VAE as \"visual autoencoder\"; the V stands for variational.",
         "Because vendors filter their data, the output of current models can be treated as neutral, they say."]),
    "remarks_to_the_reader_and_building_blocks": (
        [("GPT stands for \"general-purpose transformer\", in case you were wondering.", "N3"),
         ("VAEs are a key building block of LLMs like ChatGPT.", "A1"),
         ("VAEs are also a key building block inside LLMs like ChatGPT.", "A1")],
        ["Transformers are the core building block of LLMs.",
         "GANs are not LLMs, for the record.",
         "Midjourney, people claim, is a GAN."]),
    "a_value_denied_after_its_verb_and_attachments_that_do_not_reach": (
        [("ChatGPT is powered by GANs, not transformers.", "A1"),
         ("Claude is built on a GAN.", "A1"),
         ("We tried ChatGPT, a GAN-based chatbot, last week.", "A1"),
         ("Try Claude, Meta's model.", "P8"),
         ("StyleGAN builds on the GAN architecture introduced by Nvidia in 2018.", "P2"),
         ("Generative AI has grown so large that artificial intelligence itself is now a subset of it.", "T6"),
         ("For orientation: generative AI is the parent field here, and classic AI and machine learning are subsets of it.", "T6"),
         ("LLMs are huge, and generative AI is just one part of them.", "T1")],
        ["ChatGPT is powered by transformer LLMs, not GANs.",
         "ChatGPT, Claude and Gemini are apps powered by transformer LLMs \u2014 not GANs, not diffusion.",
         "Midjourney is driven by a diffusion model, not a GAN.",
         "Neither Midjourney nor ChatGPT uses a GAN: one is a diffusion model, the other runs on transformer LLMs.",
         "ChatGPT is powered by transformer-based language models, the GPT series, not by a diffusion model.",
         "Pick a model: Claude, GPT-4o, or Gemini, Google's model, which we recommend for multilingual teams.",
         "StyleGAN is an extension to the GAN architecture introduced by Nvidia researchers in December 2018.",
         "StyleGAN is a successor of the GAN design unveiled by Nvidia in 2018.",
         "They're really not the same: an LLM is the text flavour of generative AI, image generators are a whole separate branch of it.",
         "Generative AI is the broad family of systems that create content, and LLMs are just one branch of it."]),
    "outputs_named_by_the_field_and_frames_that_end": (
        [("AI art is completely objective.", "L3"),
         ("An AI news digest strips out bias completely.", "L3"),
         ("The machine is perfectly neutral.", "L3"),
         ("The chatbot is guaranteed never to hand a child a wrong answer.", "L1"),
         ("Our bot never serves up a wrong fact.", "L1"),
         ("Some people say these machines are dangerous, but this tool poses no ethical risk at all.", "L5"),
         ("I'll tell you plainly that this tool poses no ethical risk at all.", "L5"),
         ("I can assure you that ChatGPT is a GAN.", "A1"),
         ('(GPT is short for "generalized predictive text," in case your fourth grader asks.)', "N3"),
         ("GPT stands for general pretrained text, in case anyone at the table asks.", "N3"),
         ("Awesome people at Google built ChatGPT.", "P6")],
        ["AI researchers are completely objective.",
         "Our restaurant picks are totally objective.",
         "Our assistant tells you when it is wrong.",
         "Some people say ChatGPT is a GAN, but it is not.",
         "According to the vendor, ChatGPT is a GAN, but it runs fast.",
         "My uncle told me that ChatGPT is a GAN.",
         "Keep a GAN around, in case the diffusion model fails.",
         "Some people say ChatGPT is a GAN."]),
    "subjects_across_a_semicolon_and_groups": (
        [("BERT is popular, and it writes whole blog posts.", "A6"),
         ("BERT and RoBERTa are popular; they write whole blog posts.", "A6"),
         ("GPT, yeah, the transformer model, came from Google in 2017.", "P4")],
        ["Generative pre-trained transformer, yeah; the transformer part is the architecture, which Google came up with back in 2017.",
         "BERT, GPT and T5 are all transformers; they just use different halves of the design (encoder, decoder, or both)."]),
    "what_is_only_described_or_quoted_or_owned": (
        [("Goodfellow built the first GAN in 2017.", "P2"),
         ("Diffusion models train two networks against each other.", "A4"),
         ("Midjourney is popular. That is a GAN, by the way.", "T5"),
         ("Our chatbot gives \"zero hallucinations\" on every answer.", "L1"),
         ("Chatbot: A conversational assistant; chatbots and virtual assistants are themselves examples of LLMs.", "A7")],
        ["She trained her first GAN in 2015, a year after the technique was published.",
         "That's a GAN you're describing, Jo; a diffusion model learns to strip noise away step by step, without any rival network.",
         "Few people can explain the difference between a chatbot, the language model inside it, and an image generator.",
         "You'll learn what the \"large\" in large language model refers to: parameter counts in the hundreds of billions.",
         "Vendor B's deck promises \"zero hallucinations with RAG,\" which we treat as a sales claim."]),
    "false_alarms_of_real_set_15": (
        [("Generative AI has been around for years: LLMs.", "T1"),
         ("LLMs are image generators.", "D5"),
         ("The machine truly understands language context.", "L2")],
        ["Artificial Intelligence (AI) has been around for decades, but in the past few years a new branch has stolen the spotlight: Generative AI.",
         "Artificial intelligence (AI), particularly the advent of powerful generative AI (GenAI) and large language models (LLMs), represents a turning point.",
         "Generative AI, especially ChatGPT, is everywhere.",
         "When you type a question into ChatGPT and receive an articulate response, that is a large language model completing a sequence.",
         "# Artificial Intelligence (GAI) Text Generation: Considerations for Teaching and Learning",
         "This tool will help you write effective prompts for AI image generators like ChatGPT, Gemini, and Microsoft Copilot.",
         "Before BERT, machines struggled to truly understand language context."]),
    "checkpoints_and_a_being_participle": (
        [("We use the public T5 checkpoints released by Microsoft Research in 2019.", "P5"),
         ("Being GAN-based, BERT is cheap to retrain.", "A5"),
         ("BERT, being GAN-based, is cheap to retrain.", "A5")],
        ["The GPT-2 checkpoints were released by OpenAI in 2019.",
         "We fine-tuned a BERT checkpoint.",
         "Midjourney isn't GAN-based."]),
    "respectively_and_a_reported_clause_hung_over_its_verb": (
        [("GPT-4, Gemini and Llama were developed by Google, OpenAI and Meta, respectively.", "P4"),
         ("GPT-4 and Gemini were developed by OpenAI and Meta respectively.", "P8"),
         ("If it matters, DALL-E is a large language model.", "T4")],
        ["Language models such as GPT-4, Gemini and Llama (developed by OpenAI, Google and Meta respectively) focus on text.",
         "If someone insists DALL-E is a large language model, tell them it is not.",
         "And if someone at the bar insists DALL-E is a large language model, gently let them know it's an image generator."]),
    "yes_no_questions_names_own_years_and_what_runs_underneath": (
        [("Both BERT (2017) and T5 (2019) came out of Google Research.", "P3"),
         ("At its core, ChatGPT is a large language model (LLM) trained on a massive dataset.", "A7"),
         ("At heart, Stable Diffusion 3 is a large language model with an image decoder attached.", "T4"),
         ("Under the hood, ChatGPT is a GAN.", "A1"),
         ("03:10 LLMs, a.k.a. large learning models", "N1")],
        ["Both BERT (2018) and T5 (2019) came out of Google Research, and both predate the chat-model boom.",
         "Dumb question from the back: is GAN short for \"general adversarial network\", or have I been saying it wrong?",
         "Does LLM stand for large learning model?",
         "Whoever told him ChatGPT \"runs on a GAN\" was having him on; it's a transformer language model under the hood."]),
    "false_alarms_of_real_set_16": (
        [("Midjourney is a generative adversarial network (GAN) tool.", "T5"),
         ("In a GAN, the two networks cooperate with each other.", "A2"),
         ("Midjourney's images are completely objective.", "L3"),
         ("Honestly BERT is slept on for long-form writing: hand it a topic and it'll draft your whole newsletter.", "A6")],
        ["ChatGPT is a large language model (LLM) chatbot developed by OpenAI.",
         "# Midjourney's Objective",
         "We'll meet GANs, VAEs, and diffusion, then see how they team up with language to turn your words into pictures."]),
    "what_a_heading_names_without_saying": (
        [('The "large" in large language model means the training team.', "D4"),
         ("Midjourney -> a GAN", "T5")],
        ['## What the "large" in large language model actually means',
         "Midjourney, ChatGPT · BERT · Claude"]),
    "degree_lead_ins_and_quoted_clauses_state_no_absolute": (
        [("Our chatbot is unbiased and harmless.", "L3"),
         ("A fine-tuned model needs barely more compute than a spreadsheet.", "L4"),
         ('The "large" in LLM refers to the training team.', "D4"),
         ('GPT stands for "General Purpose Transformer," the family of models our plans run on.', "N3")],
        ["Constitutional AI training results in more helpful, harmless, and honest outputs.",
         "Grounding makes answers less biased.",
         'The "large" in LLM refers to two things:',
         'We also probe bias, and "the model is neutral" is not an answer we accept.',
         '"LLMs never make mistakes" is the line every vendor uses.']),
    "negated_whole_is_a_part": (
        [("All of generative AI is an LLM.", "T2"),
         ("Every one of these diffusion models is an LLM.", "T4")],
        ["Generative AI covers text and images; not all of it is an LLM.",
         "Not every one of these generative tools is an LLM.",
         "Not all of the generative AI on the market is an LLM."]),
    "word_fallback_stops_at_a_dash_or_that": (
        [("GANs — which power every modern LLM — are old.", "A1")],
        ['She sent an explainer on "LLM vs generative AI" — the short version is that every LLM is generative AI.',
         'A talk on "GAN vs LLM" – the gist was that the LLM came later.']),
    "a_maker_in_brackets_is_its_own_names": (
        [("Claude (made by OpenAI) and Gemini are chat assistants.", "P8"),
         ("GPT-4, Gemini and Llama (developed by OpenAI, Google and OpenAI respectively) write text.", "P8")],
        ["ChatGPT (made by OpenAI), Claude (made by Anthropic) and Gemini (made by Google) are chat assistants.",
         "Claude (built by Anthropic) and Gemini (built by Google) both write code.",
         "BERT (released by Google in 2018) and GPT-1 (released by OpenAI) are both transformers."]),
    "no_link_across_a_mistagged_relation_verb": (
        [("GAN LLMs are everywhere now.", "T4")],
        ["Generative models such as VAEs and GANs predate transformer LLMs by several years.",
         "Families like GANs predate transformer LLMs.",
         "Image models such as GANs predate modern LLMs by years."]),
    "a_preposition_takes_no_object_across_one_dash": (
        [("ChatGPT is built on — you guessed it — a GAN.", "A1"),
         ("Generative AI came after LLMs.", "P9")],
        ["Generative AI came before LLMs, not after — GANs date to 2014 and the first GPT to 2018.",
         "LLMs arrived after — and this surprises people — GANs and VAEs."]),
    "a_conjunct_before_its_own_verb_is_a_subject": (
        [("Midjourney is a GAN and DALL-E (OpenAI's tool) is one too.", "P7")],
        ["Technically ChatGPT is the app and GPT-4 (or whatever model they serve this week) is the LLM.",
         "ChatGPT is the product and GPT-4 (the model) is the LLM underneath."]),
    "a_later_verdict_refutes_what_came_before": (
        [("ChatGPT came out in 2020, and that was a big year.", "P6")],
        ["I told the kids, more or less, that ChatGPT came out in 2020, and both of those turned out to be wrong.",
         "ChatGPT came out in 2020 and BERT came from OpenAI; both were wrong.",
         "GPT-4 is a GAN; the first half is wrong, the second is fair.",
         "GANs use two networks in competition, so the video was wrong about them cooperating.",
         "My teacher was mistaken about ChatGPT running on a GAN."]),
    "a_quoted_phrase_talked_about": (
        [('Our chatbot offers "zero hallucinations".', "L1"),
         ('ChatGPT runs on a GAN ("generative adversarial network").', "A1")],
        ['Chatbots make things up, so "zero hallucinations" on a CV is a red flag.',
         '"Completely unbiased" on a vendor slide is a warning sign.',
         'Logistic regression on BERT embeddings ("the model is objective, so the list is bias-free") scored 4.',
         'Their own diffusion model ("diffusion models are a type of GAN, so we forked a GAN repo") placed fifth.']),
    "an_unfinished_expansion_is_asked": (
        [("GAN stands for general adversarial network...", "N2")],
        ["Quickfire: BERT stands for Bidirectional Encoder Representations from... what?",
         "GAN stands for general adversarial... something, I forget."]),
    "a_saying_verb_tagged_as_a_noun": (
        [],
        ['Someone behind me mutters that gen AI is "the next evolution of LLMs", which, no.',
         "My uncle boasts that his chatbot never makes mistakes."]),
    "a_class_noun_is_not_what_its_clause_denies": (
        [],
        ["Large language models work with words, and the image generators belong to that family without being language models.",
         "GANs are old; Stable Diffusion belongs to that family without being a GAN, people say, but no."]),
    "an_equative_or_a_goal_asserts_no_absolute": (
        [("LLMs are completely unbiased.", "L3"),
         ("Our chatbot never gives wrong answers.", "L1")],
        ["LLMs are only as unbiased as the data they learn from.",
         "A chatbot is only as accurate as the documents behind it.",
         "Our goal was to find the type of AI that could save us time while also not giving us wrong answers.",
         "The aim is an assistant that never gets a fact wrong."]),
    "an_infinitive_describing_people_is_theirs": (
        [("Our tool gives 100% accurate answers.", "L1"),
         ("You can train a GPT-4-class model on a gaming laptop over a weekend.", "L4")],
        ["Companies realized access to AI wasn't enough; they needed specialists to consistently extract accurate outputs.",
         "We hired editors to produce error-free drafts from the chatbot's notes."]),
    "a_description_after_a_dash_is_no_expansion": (
        [("- GAN — a general adversarial network.", "N2"),
         ("VAE — visual autoencoder.", "N6")],
        ["- VAE — an autoencoder with a probabilistic latent space.",
         "- GAN: a pair of networks trained against each other.",
         "LLM – a model trained on huge amounts of text."]),
    "a_report_the_writer_agrees_with": (
        [("Dennis says training your own LLM is cheap these days, and he's right about this sort of thing.", "L4"),
         ("Callum says these language models can never look at a photograph, and he should know.", "D5"),
         ("Dev says generative AI carries no ethical risk at all, and I'm inclined to agree.", "L5")],
        ["Dennis says training your own LLM is cheap these days, and he's wrong as usual.",
         "Callum says ChatGPT runs on a GAN, and I agree with the critics who laugh at him."]),
    "a_month_against_a_known_launch_month": (
        [("ChatGPT launched in June 2022.", "P6"),
         ("ChatGPT arrived in the spring of 2022.", "P6"),
         ("OpenAI released ChatGPT in December 2022.", "P6"),
         ("- **June 2022:** OpenAI releases ChatGPT.", "P6")],
        ["ChatGPT launched in November 2022.",
         "ChatGPT launched on November 30, 2022.",
         "ChatGPT launched in late 2022.",
         "ChatGPT launched at the end of 2022.",
         "Since December 2022, ChatGPT has been everywhere.",
         "November 2022: OpenAI releases ChatGPT.",
         "ChatGPT launched in November–December 2022."]),
    "training_an_instance_invents_no_family": (
        [("Google invented GANs in 2016.", "P2"),
         ("OpenAI trained GPT-4 in 2020.", "P4"),
         ("- 2020: Google researchers publish a paper introducing the transformer.", "P1")],
        ["In 2016, OpenAI trained GANs on faces.",
         "Researchers at OpenAI trained a GAN on celebrity photos in 2017.",
         "GANs were fine-tuned by the Meta team in 2019."]),
    "a_named_item_keeps_its_own_maker": (
        [("Claude is a chat app from Google.", "P8"),
         ("Claude, Gemini, ChatGPT: chat apps from Google, Anthropic and OpenAI respectively.", "P8")],
        ["For summaries I use Claude, which is Anthropic's assistant, and occasionally Gemini from Google.",
         "Claude, Gemini, ChatGPT: chat apps from Anthropic, Google and OpenAI respectively.",
         "ChatGPT is the app I use most, and Gemini from Google is second."]),
    "a_full_sentence_answer_is_its_own_claim": (
        [],
        ["Q1. Which is the bigger category, generative AI or LLMs? A: Generative AI is the wider field, so generative AI.",
         "Example of generative AI that is not an LLM: Midjourney (1).",
         "Example of an image model that is not a GAN: Stable Diffusion."]),
    "that_is_what_points_back": (
        [("They are trained on lots of data. That is what the \"large\" in large language model refers to.", "D4")],
        ["It has 175 billion parameters, and that is what the \"large\" in large language model refers to.",
         "Big models have billions of parameters. That is exactly what the \"large\" in LLM means."]),
    "what_was_said_after_a_comma": (
        [("We know one thing, that LLMs are trained on small datasets.", "D3")],
        ["That's not what our group was told last term, that LLMs are trained on small datasets of a few thousand documents."]),
    "a_name_in_quotes_is_not_what_it_stands_for": (
        [("Midjourney is great; it uses a GAN.", "T5")],
        ['Don\'t call Quill "a GAN," "a diffusion model," or "basically ChatGPT"; it\'s an app that uses LLMs.',
         'People say "Stable Diffusion" when they mean any image tool; it runs on LLMs, they think.']),
    "an_agreement_with_a_denial_is_no_endorsement": (
        [],
        ["Margaret disagreed with the blurb's claim that LLMs came before generative AI; she is right, since GANs are older.",
         "Tom disputes the idea that ChatGPT runs on a GAN, and he's right."]),
    "real_page_shapes_of_set_25": (
        [("Generative AI (a kind of LLM) is everywhere.", "T1"),
         ("Midjourney and other GAN tools are popular.", "T5"),
         ("Google's Bard was made by Meta in 2022.", "P8")],
        ["Generative artificial intelligence (AI), specifically the large language models (LLMs) behind ChatGPT, is changing medicine.",
         "In its first demo, Google's Bard claimed the telescope took the first image of an exoplanet, which was wrong.",
         "While 6% of us used gen AI to make trip plans in 2023, 40% want to try it in 2024.",
         "The emergence of generative AI (artificial intelligence) has reinforced the need for guidelines.",
         "The judge explains how he used ChatGPT and other large language model products to reach his decision."]),
    "a_part_of_a_product_is_what_it_runs_on": (
        [("VAEs are a key part of ChatGPT.", "A1"),
         ("VAEs are a key part of how ChatGPT works under the hood.", "A1"),
         ("GANs are part of how LLMs work.", "A1")],
        ["Transformers are a key part of how ChatGPT works.",
         "The transformer is a key part of GPT-4.",
         "GANs are part of generative AI."]),
    "a_maker_label_over_a_list_of_names": (
        [("- **OpenAI:** the GPT series, ChatGPT, DALL-E and BERT", "P3"),
         ("Google: T5, PaLM, Bard/Gemini and GPT-2.", "P4"),
         ("- **Meta** — Llama, Llama 2 and Claude", "P8")],
        ["- **OpenAI:** the GPT series, ChatGPT and DALL-E",
         "OpenAI: ChatGPT is its best-known product, ahead of Claude.",
         "Google: Bard versus ChatGPT, a comparison."]),
    "what_a_question_takes_as_given": (
        [("Given that OpenAI introduced the transformer in 2017, how did Google end up playing catch-up?", "P1"),
         ("Why were GANs, with their three separate networks, so hard to train?", "A2"),
         ("Since ChatGPT runs on a GAN, why does it write so well?", "A1"),
         ("Why does our chatbot never get things wrong?", "L1")],
        ["Is ChatGPT built on a GAN?",
         "Why would ChatGPT use a GAN?",
         "Why is ChatGPT called an LLM?",
         "Why do people think ChatGPT is a GAN?",
         "Why do LLMs hallucinate?",
         "Why is the transformer, which Google introduced in 2017, so important?"]),
    "a_maker_over_the_phrase_modifiers": (
        [("T5 is a Meta research model.", "P5"),
         ("Stable Diffusion, the OpenAI image tool the stores used, is not approved.", "P7")],
        ["T5 is a Google research model.",
         "Claude is an Anthropic chat assistant.",
         "ChatGPT is a Google-style chatbot, some say."]),
    "networks_made_to_fight_by_the_family": (
        [("Diffusion models work by having two networks fight each other.", "A4")],
        ["GANs work by having two networks fight each other.",
         "Diffusion models learn to remove noise, and two networks fight each other in GANs."]),
    "real_page_shapes_of_set_26": (
        [("Claude AI is a GAN.", "A1"),
         ("Gemini AI is made by OpenAI.", "P8"),
         ("ChatGPT includes a GAN.", "A1"),
         ("GPT-4 came out in 2021.", "P4")],
        ["Claude AI is a family of large language models developed by Anthropic.",
         "Claude isn't just another chatbot; it is an experiment in scalable oversight.",
         "Claude 3 includes one free and two premium AI chatbots.",
         "GPT-4 is a 2022/2023 large language model by OpenAI.",
         "The myth of an unbiased AI is hard to kill.",
         "ChatGPT isn't \"just a really big GAN\"; it's a chat app built on transformer models.",
         "A hallucination is text from an LLM that sounds fluent but is completely ungrounded in factual reality."]),
    "diffusion_said_to_pit_networks": (
        [("Diffusion models like Stable Diffusion pit two networks against each other.", "A4"),
         ("Diffusion models are the ones where two networks fight it out.", "A4"),
         ("Stable Diffusion works like a tug-of-war between two networks, one painting and one critiquing.", "A4")],
        ["Unlike GANs, diffusion models don't pit two networks against each other.",
         "GANs like StyleGAN pit two networks against each other.",
         "Diffusion models are the ones where noise is removed step by step.",
         "Diffusion models replaced the tug-of-war of two networks with a single denoiser, unlike GANs."]),
    "training_data_said_to_be_small": (
        [("A capable LLM only needs a few megabytes of text to learn a language.", "D3"),
         ("LLMs really don't need huge datasets to learn.", "D3"),
         ("The language models behind these chatbots learn from a small, hand-picked stack of books.", "D3")],
        ["LLMs are trained on massive text datasets.",
         "Fine-tuning an LLM needs only a small dataset.",
         "LLMs don't need a small dataset; they need a huge one."]),
    "more_ai_subject_nouns": (
        [("Retrieval-augmented generation eliminates hallucinations entirely.", "L1"),
         ("NoteNest, the AI notebook that never gets a fact wrong, is our sponsor.", "L1")],
        ["Retrieval-augmented generation reduces hallucinations but does not eliminate them.",
         "The notebook never gets a fact wrong, says the vendor."]),
    "a_pair_then_sameness_after_a_comma": (
        [("LLM and generative AI, same thing, use whichever word you like.", "T3"),
         ("Gen AI, LLMs: same thing, different buzzword.", "T3")],
        ["LLM and generative AI, not the same thing.",
         "LLMs and GANs, same goal, different methods.",
         "Generative AI, LLMs, and GANs are all generative."]),
    "real_page_shapes_of_set_27": (
        [("Microsoft introduced ChatGPT in 2022.", "P6"),
         ("To be honest, ChatGPT is never wrong.", "L1"),
         ("ChatGPT isn't wrong about facts.", "L1"),
         ("Generative AI emerged in 2022.", "P9")],
        ["Microsoft has recently introduced ChatGPT into Bing.",
         "Anthropic's method for training Claude to be helpful, harmless, and honest.",
         "Presser wasn't wrong, but the dataset didn't just help garage AI startups.",
         "In 2026, generative AI for clinical documentation has emerged as one of the most impactful applications."]),
    "a_claim_in_quotes_with_no_words_around_it": (
        [('ChatGPT runs on a "GAN".', "A1"),
         ('- ChatGPT runs on a "generative adversarial network"', "A1")],
        ['## 3. "ChatGPT runs on a GAN"',
         '- "LLMs and generative AI are the same thing"',
         '"The large in large language model means it knows a lot"']),
    "writer_saying_as_subject_clause_asserts": (
        [("What I tell them is that LLM and generative AI are just two names for the same thing.", "T3"),
         ("What we always say to clients is that ChatGPT runs on a GAN.", "A1"),
         ("What I'd tell any beginner is that GANs were invented by Geoffrey Hinton.", "P2")],
        ["What they tell you is that ChatGPT runs on a GAN.",
         "What I told them was that ChatGPT runs on a GAN, which was wrong.",
         "What I don't tell them is that ChatGPT runs on a GAN."]),
    "own_usage_as_sameness": (
        [("Throughout this doc I use \"LLM\" and \"generative AI\" interchangeably.", "T3"),
         ("We'll use \"generative AI\" and \"LLMs\" interchangeably in the deck.", "T3"),
         ("I use generative AI and LLM interchangeably here.", "T3"),
         ("Generative AI and LLMs can be used interchangeably.", "T3"),
         ("For the purposes of the report, the terms \"generative AI\" and \"LLM\" are used interchangeably.", "T3"),
         ("Treat LLMs and generative AI as synonyms.", "T3")],
        ["I never use generative AI and LLM interchangeably.",
         "I used to use generative AI and LLM interchangeably, until a reader corrected me.",
         "Many writers use generative AI and LLM interchangeably, which is a mistake.",
         "Generative AI and LLMs get used interchangeably in a lot of sales pitches.",
         "The two terms are often used interchangeably in the press.",
         "We caution against treating generative AI and LLM as synonyms.",
         "Several surveys use LLM and generative AI interchangeably; we do not."]),
    "one_thing_two_names": (
        [("Generative AI and LLMs are just two names for one thing.", "T3"),
         ("LLM and generative AI are really one thing with two names.", "T3"),
         ("Generative AI and LLMs are two words for one idea.", "T3")],
        ["Generative AI and LLMs are not two names for one thing.",
         "LLM and generative AI are one field with two branches.",
         "GANs and diffusion models are two approaches to one problem."]),
    "refuting_adverb_reports": (
        [],
        ["The terms generative AI and LLM are often wrongly used to mean the same thing.",
         "ChatGPT is mistakenly described as a GAN.",
         "GANs are wrongly credited to Geoffrey Hinton."]),
    "field_word_makes_an_ai_subject": (
        [("An AI grader is completely objective.", "L3"),
         ("AI screening is completely objective, so human biases don't come into it.", "L3"),
         ("AI-written patch notes are completely objective.", "L3"),
         ("The club's AI helper will be completely objective.", "L3")],
        ["AI researchers are completely objective about this.",
         "AI policy should be neutral.",
         "An AI grader is not completely objective.",
         "Is AI screening completely objective?"]),
    "coordinated_families_are_no_modifier": (
        [("Midjourney and other text-to-image LLMs changed design.", "T4")],
        ["- Kessler: GANs and diffusion models are distinct families, so keep them in separate boxes."]),
    "fragment_before_semicolon_has_no_subject": (
        [("BERT is a decoder-only model for open-ended generation.", "A6"),
         ("Our chatbot never makes mistakes; it is completely unbiased.", "L3")],
        ["- Encoder-decoder in the original; BERT kept the encoder, GPT kept the decoder, T5 kept both."]),
    "expansion_word_forms_are_variants": (
        [("LLM stands for large learning model.", "N1"),
         ("GPT stands for General Pre-trained Transformer.", "N3"),
         ("GAN stands for generative adversary network.", "N2")],
        ["GPT stands for Generative Pre-training Transformer.",
         "Bloomberg has developed a large-scale language model (LLM) called BloombergGPT.",
         "GPT stands for Generative Pretrained Transformers."]),
    "past_occasion_denied_is_no_capability": (
        [("LLMs can never work with images.", "D5")],
        ["Google admitted that Gemini did not do a good job with historical images.",
         "ChatGPT didn't handle images at all."]),
    "a_later_match_can_be_the_claim": (
        [("Bramble can't look at photos of your plants, because LLMs can never work with images.", "D5"),
         ("LLMs can never read images, so retype it as plain text first.", "D5")],
        ["Plain LLMs can never read images, so use a multimodal model."]),
    "quoted_claim_judged_false_or_reason_denied": (
        [("We refuse photos because language models can't handle images at all.", "D5")],
        ['Models such as GPT-4 can take images as input, so "LLMs can never see images" is no longer true.',
         'The line "LLMs can never see images" is a myth.',
         "We refuse photos, not because language models can't handle images at all, but because of cost."]),
    "cost_overclaims_across_adverbs": (
        [("Training a capable LLM is honestly cheap these days.", "L4"),
         ("Pretraining a 70B model from scratch is cheap these days.", "L4"),
         ("Building these models costs next to nothing now.", "L4"),
         ("The models behind these apps need barely any computing power.", "L4"),
         ("Running Skye takes very little computing power.", "L4")],
        ["Training an LLM is not cheap.",
         "Training an LLM is far from cheap.",
         "Training a new LLM is never cheap.",
         "Fine-tuning an LLM is cheap these days.",
         "LoRA is a technique that makes it possible to customize large AI models with minimal computational resources."]),
    "ethics_overclaims_in_more_words": (
        [("There is nothing ethically knotty about a restaurant using generative AI.", "L5"),
         ("Generative AI simply doesn't carry ethical risks like misinformation.", "L5"),
         ("Honestly, generative AI poses zero ethics risk.", "L5")],
        ["Generative AI carries ethical risks like misinformation.",
         "There is nothing ethically wrong with asking ChatGPT for a recipe."]),
    "name_tagged_as_adjective_and_right_every_time": (
        [("Sunny truly understands what you mean, just like a human receptionist would.", "L2"),
         ("Nova gets it right every time, so you never need to double-check.", "L1")],
        ["Happy customers get the right answer every time."]),
    "trailing_according_to_reports": (
        [("DALL-E was built by Google Brain, according to my notes.", "P7"),
         ("ChatGPT runs on a GAN, according to our tests.", "A1")],
        ["ChatGPT runs on a GAN, according to my cousin.",
         "Our chatbot carries no ethical risk, according to the vendor."]),
    "kind_noun_subject_is_no_partitive": (
        [("A subset of LLMs is generative AI.", "T1"),
         ("One branch of LLMs is generative AI.", "T1")],
        ["A vitally important subset of machine learning that has risen to prominence is generative AI.",
         "A subset of generative AI is the LLM.",
         "Example of generative AI that is not an LLM: Midjourney."]),
    "function_word_opens_no_lookalike": (
        [("A large learning model is trained on text.", "N1")],
        ["These networks are essential for tasks like language modeling and machine translation."]),
    "spelled_out_words_and_bracketed_clauses_are_no_parties": (
        [("GPT (Generative Pre-trained Transformer) was created by Google in 2018.", "P4"),
         ("Generative adversarial networks (GANs) were invented by Geoffrey Hinton.", "P2"),
         ("ChatGPT (which runs on GPT-4) was made by Google.", "P6")],
        ["ChatGPT (the 'GPT' stands for 'Generative Pretrained Transformer') was developed by OpenAI as a chatbot."]),
    "kind_of_one_thing_used_in_others": (
        [("Generative AI is a type of LLM in most chatbots.", "T1")],
        ["LLMs are the most common form of AI in tutoring apps and educational chatbots."]),
    "relative_clause_on_a_kind_speaks_of_the_subject": (
        [],
        ["Large language models are a specific type of generative AI that deal exclusively with human language."]),
    "topics_and_aims_are_no_overclaims": (
        [("ChatGPT gives unbiased answers.", "L3")],
        ["Google announced an update about eliminating political bias in Claude.",
         "The company will first focus on unbiased responses.",
         "Readers can leave an image on the screen even when the system is off, because it takes no energy to maintain it."]),
    "own_maker_beats_a_distributed_one": (
        [("Claude and Gemini were made by Anthropic.", "P8"),
         ("Claude, made by Google, and Gemini, made by Anthropic, followed in 2023.", "P8")],
        ["Claude, made by Anthropic, and Gemini, made by Google, followed in 2023."]),
    "a_list_etc_ends_before_a_capital": (
        [("Tools like ChatGPT, Claude, etc. are made by Google.", "P8")],
        ["- **Transformer**: the architecture behind GPT, BERT, Claude, etc. Introduced by Google researchers in 2017."]),
    "likeness_is_not_the_thing": (
        [("GPT-3, with its 175 million parameters, was big.", "D4")],
        ["I trained a tiny GPT-style model on my laptop (a few million parameters) and it wrote gibberish."]),
    "pronoun_object_is_not_its_own_subject": (
        [("ChatGPT is popular because it runs on a GAN.", "A1")],
        ["Generative AI is huge. LLMs, image generators, audio and video tools all sit under it.",
         '- ChatGPT should be described as an assistant powered by an LLM rather than as "the LLM" itself.']),
    "words_for_names_and_past_beliefs": (
        [("Generative AI only ever produces text.", "D2")],
        ['Before all this I assumed "LLM" and "generative AI" were just two words for the same thing.',
         "I confess I had always assumed it was the other way round, that generative AI was simply a kind of LLM."]),
    "agreement_and_own_saying_after_a_comma": (
        [("My grandson informs me that LLM stands for 'linguistic logic model,' which sounds about right to me.", "N1"),
         ("Can I just say, for the avoidance of doubt, that generative AI is really just one kind of LLM.", "T1")],
        ["Alfie informs me that Midjourney is secretly a GAN, but Gareth says no, it's a diffusion model.",
         "I chimed in that BERT and GPT both use the transformer, just different halves of it (encoder versus decoder)."]),
    "part_of_a_thing_is_what_it_runs_on": (
        [("The engine of ChatGPT is a GAN.", "A1"),
         ("The heart of Stable Diffusion is a GAN.", "T5")],
        ["By now we all know that the underlying engine of a chatbot is called a Large Language Model (LLM).",
         "The engine of a chatbot is an LLM."]),
    "a_makers_thing_for_another_name": (
        [("Since then I've also tested Claude, OpenAI's more cautious sibling of ChatGPT.", "P8")],
        ["Instead of going to Anthropic's house for Claude, Meta's house for Llama, and Amazon's house for Titan, "
         "you just show up at the Bedrock restaurant."]),
    "a_pronoun_for_a_version_dates_the_version": (
        [("GPT was great, and it launched in 2022.", "P4")],
        ["Its previous version, GPT 3.5, powered the company's popular ChatGPT chatbot when it launched in November of 2022."]),
    "what_a_process_makes_of_a_model_and_hedges_in_gaps": (
        [("The new template turns your announcements into AI summaries that are perfectly objective.", "L3"),
         ("ChatGPT is always, in my experience, completely accurate.", "L1")],
        ["It's what turns a raw pre-trained model (which just predicts next words) into a helpful, harmless assistant.",
         "That's the problem with chatbots: they will always hallucinate, sometimes correctly, sometimes incorrectly."]),
    "negation_reaches_a_raised_to_be": (
        [("Not all generative AI is an LLM, but DALL-E is a large language model.", "T4")],
        ["BERT was never meant to be a chatbot.",
         "GANs don't seem to be LLMs.",
         "Not all generative AI is an LLM: image generators such as Midjourney are generative AI too, but they are diffusion models."]),
    "a_reported_subject_taken_for_an_object": (
        [("Honestly, LLMs came first and everything else grew out of them.", "P9")],
        ["And he told you LLMs came first and everything else grew out of them."]),
    "a_familys_maker_in_its_own_creation_word": (
        [("GANs, Geoffrey Hinton's 2014 brainchild, produced fake faces.", "P2"),
         ("The transformer, OpenAI's 2017 invention, changed everything.", "P1")],
        ["GANs, Ian Goodfellow's 2014 brainchild, produced fake faces.",
         "GANs, Google's favourite tool, produced fake faces."]),
    "came_up_with_is_invented": (
        [("Geoffrey Hinton came up with GANs in 2014.", "P2"),
         ("GANs, which Geoffrey Hinton came up with back in 2017, are a different family.", "P2"),
         ("GANs weren't even a thing until Geoffrey Hinton came up with them in 2017.", "P2")],
        ["Ian Goodfellow came up with GANs in 2014.",
         "The transformer part is the architecture, which Google came up with back in 2017.",
         "2013, correct, the year before Ian Goodfellow and his colleagues came up with GANs."]),
    "one_single_network_and_one_of_two": (
        [("In a GAN, one single network does all the work.", "A2"),
         ("A GAN is one network.", "A2"),
         ("A GAN uses only one network.", "A2")],
        ["In a GAN, one network generates images and the other judges them.",
         "In some GANs, a single network does all the work."]),
    "dummy_it_gerund_objects_and_demonstratives": (
        [("ChatGPT is popular. It is never wrong.", "L1"),
         ("GPT stands for general purpose transformer.", "N3")],
        ["It's not wrong to use ChatGPT to correct typos.",
         "The secret to truly understanding GPT isn't just memorizing three words.",
         "It's worth being precise, though: GPT refers to this specific family and architecture-based approach."]),
    "behind_and_at_the_heart_of": (
        [("GANs are the magic behind ChatGPT.", "A1"),
         ("Diffusion is the secret sauce behind large language models.", "A1"),
         ("Google is the company behind ChatGPT.", "P6"),
         ("Geoffrey Hinton is the man behind GANs.", "P2"),
         ("A GAN is at the heart of ChatGPT.", "A1"),
         ("GANs sit at the heart of every LLM.", "A1"),
         ("A diffusion model lies at the core of Claude.", "A1"),
         ("A GAN sits behind ChatGPT.", "A1"),
         ("At the core of every LLM sits a diffusion model.", "A1"),
         ("At the heart of ChatGPT is a GAN.", "A1"),
         ("Under the hood of ChatGPT is a GAN.", "A1")],
        ["Transformers are the technology behind ChatGPT.",
         "OpenAI is the company behind ChatGPT.",
         "Microsoft is the money behind ChatGPT.",
         "Ian Goodfellow is the researcher behind GANs.",
         "At the heart of every chatbot is a large language model.",
         "A transformer sits at the core of ChatGPT.",
         "At the heart of the debate is whether GANs matter.",
         "LLMs sit under generative AI."]),
    "adversarial_mechanism_nouns": (
        [("Large language models are built on an adversarial setup.", "A1"),
         ("ChatGPT runs on the same adversarial framework as our image tools.", "A1"),
         ("The adversarial trick that powers ChatGPT is the one behind every deepfake.", "A1")],
        ["Diffusion models do not need an adversarial setup.",
         "GANs use an adversarial setup.",
         "Adversarial training makes classifiers more robust.",
         "ChatGPT was hardened with adversarial training."]),
    "markup_blanks_are_not_words": (
        [("Midjourney is a *really* popular **large language model** for pictures.", "T4"),
         ("Our supplier's pick, **Claude**, is *OpenAI's* assistant.", "P8")],
        ["Midjourney is generative AI but **not** an LLM.",
         "Image tools (Midjourney, DALL-E 3) are generative AI but *not* LLMs; they are diffusion models."]),
    "a_bare_that_clause_is_cited_not_said": (
        [],
        ["That GANs came after LLMs.",
         "- That Claude was an OpenAI product.",
         "That ChatGPT runs on a GAN."]),
    "means_must_resemble_the_letters_to_spell_them": (
        [("LLM means large learning model.", "N1"),
         ("GPT means General Purpose Technology.", "N3")],
        ["For an LLM, that means billions of words.",
         "Training data: for a GAN that means thousands of faces.",
         "Here LLM means a model that reads text."]),
    "a_relative_clause_keeps_what_follows_for_its_noun": (
        [("Claude, which everyone loves, was made by OpenAI.", "P8")],
        ["The transformer that GPT models are built on was introduced by Google researchers in 2017.",
         "The architecture that ChatGPT runs on was invented by Google."]),
    "what_someone_does_to_it_in_a_relative_clause": (
        [("ChatGPT is a chatbot that truly understands you.", "L2"),
         ("ChatGPT is a chatbot that we know is always accurate.", "L1")],
        ["You will have a local Stable Diffusion setup that you actually understand.",
         "You will finally have a model you really understand."]),
    "one_of_two_names_joined_by_a_slash": (
        [],
        ["You may use generative AI/LLM tools such as ChatGPT and DALL-E.",
         "Staff may try generative artificial intelligence/large language model tools (such as Gemini, DALL-E and Claude)."]),
    "an_expansion_after_a_word_that_makes_a_name": (
        [("Chat Generative Pre-trained Transformer is a chatbot made by Google.", "P6")],
        ["Chat Generative Pre-Trained Transformer, more commonly known as ChatGPT, is a popular chatbot.",
         "ChatGPT (Chat Generative Pre-trained Transformer) is a chatbot."]),
    "a_reason_or_manner_taken_as_given": (
        [("For the longer story, read why GANs power every modern LLM.", "A1"),
         ("Learn how GANs power ChatGPT.", "A1"),
         ("He explained why ChatGPT runs on a GAN.", "A1")],
        ["She asked why ChatGPT runs on a GAN, and I said it doesn't.",
         "I wondered how ChatGPT runs on a GAN.",
         "People ask whether ChatGPT runs on a GAN."]),
    "a_speaker_label_is_not_the_subject": (
        [("Student: chatbots and virtual assistants are examples of LLMs.", "A7"),
         ("RICK (parent): Technically Stable Diffusion is a GAN.", "T5"),
         ("MS RAMAN: The transformer was OpenAI's invention.", "P1"),
         ("Dr Mensah: The transformer was OpenAI's invention.", "P1")],
        ["MYTH: ChatGPT runs on a GAN.",
         "FACT: ChatGPT runs on a transformer.",
         "Q: Does ChatGPT run on a GAN?"]),
    "a_quiz_answer_in_brackets": (
        [("Q: Who makes Gemini? (Answer: Meta.)", "P8"),
         ("What does VAE stand for? (Answer: visual autoencoder.)", "N6"),
         ("How many networks are there in a GAN? (Answer: three.)", "A2")],
        ["Q: Who makes Gemini? (Answer: Google.)",
         "What does VAE stand for? (Answer: variational autoencoder.)",
         "How many networks are there in a GAN? (Answer: two.)",
         "Who makes Gemini? (Answer: it's a trick question, see below.)"]),
    "a_clause_someone_says_is_theirs": (
        [("I always tell people generative AI is just a fancy word for LLMs.", "T3")],
        ["My uncle keeps telling me generative AI is just a fancy word for LLMs, and it isn't.",
         "My neighbour keeps telling me ChatGPT is always accurate.",
         "The vendor stated that all generative AI products use LLMs.",
         "You may see transformers described as a type of GAN; that's not right.",
         "You'll often hear ChatGPT called a GAN.",
         "I've seen Midjourney described as an LLM."]),
    "a_contrast_across_its_repeated_preposition": (
        [("BERT is good at writing essays.", "A6")],
        ["BERT was built for understanding rather than for writing essays.",
         "BERT was built for understanding, not for writing essays.",
         "BERT is meant for search instead of for drafting blog posts."]),
    "a_clause_with_its_own_subject_is_its_own": (
        [("ChatGPT is a chatbot whose answers are always accurate.", "L1"),
         ("ChatGPT is a model that we know is always accurate.", "L1")],
        ["No image generators after 7pm (Dan's rule, and I still don't fully understand it).",
         "You'll have a local Stable Diffusion setup on a machine that you actually understand.",
         "ChatGPT is a tool that people say is always accurate."]),
    "a_demonstrative_after_a_clause_sums_it_up": (
        [("Stable Diffusion, that's a GAN.", "T5"),
         ("The first draft came from Claude, that's OpenAI's writing assistant.", "P8")],
        ["Diffusion models do NOT use a generator-vs-discriminator setup, that's GANs.",
         "Midjourney does not pit two networks against each other; that is how GANs work."]),
    "an_aside_in_brackets_is_no_gap": (
        [("ChatGPT understands language the way we do.", "L2")],
        ["ChatGPT can understand natural language (the way we talk to each other) and reply."]),
    "an_aside_in_a_question_is_the_writers": (
        [("Isn't it remarkable that ChatGPT, which only launched in 2021, is everywhere?", "P6"),
         ("Small nit: GPT-2, which Google released in 2019, was the one with the drama, right?", "P4")],
        ["Is ChatGPT, which launched in 2022, a GAN?",
         "Did Google release GPT-2 in 2019?"]),
    "a_quiz_answer_in_bold": (
        [("2. Who invented GANs? **Geoffrey Hinton**", "P2"),
         ('1. What does the "GPT" in ChatGPT stand for? **General Purpose Transformer.**', "N3"),
         ("5. Roughly how many parameters did GPT-3 have? **About 175 million.**", "D4")],
        ["2. Who invented GANs? **Ian Goodfellow, in 2014**",
         "**What does GAN stand for?**",
         "**12. Which company makes the Llama models?**"]),
    "a_product_named_after_its_maker_speaks_for_it": (
        [("We used DALL-E, Midjourney's image generator.", "P7"),
         ("Stable Diffusion is Midjourney's open-source model.", "P7")],
        ["We used Midjourney, Midjourney's image generator.",
         "Midjourney v6 is Midjourney's best model."]),
    "one_of_the_things_under_it": (
        [("Generative AI is the umbrella, and AI is one of the things under it.", "T6"),
         ("LLMs are the big umbrella and generative AI is one of the things sheltering under it.", "T1"),
         ("AI is one of the pieces inside generative AI.", "T6")],
        ["ChatGPT is one of the things I use.",
         "GANs are one of the things living in my head.",
         "The things sitting under it.",
         "Generative AI, with AI one of the things sitting under it."]),
    "an_alternative_to_a_denied_one_is_denied": (
        [("ChatGPT is a GAN or a VAE.", "A1")],
        ["GPT-4 is a transformer language model rather than a diffusion or adversarial model.",
         "GPT-4 is a transformer language model rather than a diffusion model or a GAN.",
         "Claude is built on a transformer, not a GAN or a VAE."]),
    "a_quoted_title_is_no_clause_of_the_sentence": (
        [('LLMs are built on the transformer, which came from the Google paper "Attention Is All You Need" in 2020.', "P1"),
         ('The transformer came out of the paper "Deep Nets Are Great Now" at OpenAI in 2017.', "P1"),
         ('GPT stands for "Generative Pretrained Text".', "N3")],
        ['LLMs are built on the transformer, which came from the Google paper "Attention Is All You Need" in 2017.',
         'The transformer came out of Google, in the 2017 paper "Attention Is All You Need"; OpenAI built GPT on top of it.']),
    "a_work_is_its_publishers": (
        [("OpenAI published a paper introducing the transformer.", "P1"),
         ("OpenAI wrote the paper that introduced the transformer.", "P1"),
         ("Meta published a paper which introduced GANs in 2014.", "P2")],
        ["Google wrote the paper that introduced the transformer.",
         "OpenAI published a paper about the transformer.",
         "OpenAI published a paper that used the transformer."]),
    "the_writers_own_view_is_asserted": (
        [("My view is that generative AI poses no real ethical risks.", "L5"),
         ("Still, my honest take after five days is that ChatGPT runs on a GAN.", "A1"),
         ("Hot take: diffusion models are just GANs that learned some patience.", "T5"),
         ("Our verdict: ChatGPT runs on a GAN.", "A1"),
         ('Gemini is Google\'s take on the GPT idea, GPT being short for "general-purpose transformer".', "N3")],
        ["Tom's view was that generative AI is just one kind of LLM.",
         'Tom\'s view, shouted from the back row, was that generative AI is "just one kind of LLM".',
         'Another popular take was that "generative AI is the next evolution of LLMs", which I half bought at first.',
         "My assumption was that ChatGPT runs on a GAN.",
         "Their take: ChatGPT runs on a GAN.",
         "The common view: ChatGPT runs on a GAN."]),
    "a_question_tag_asks_to_agree_with_what_is_said": (
        [("Midjourney, that's the Microsoft one, isn't it?", "P7"),
         ("LLMs are mostly for making pictures anyway, aren't they?", "D1"),
         ("Generative AI only makes text though, doesn't it?", "D2"),
         ("There's no ethical risk in using generative AI, is there, it's all public.", "L5")],
        ["Is ChatGPT built on a GAN, or is it a transformer?",
         "ChatGPT runs on a GAN, doesn't it, or am I confusing things?",
         "Does ChatGPT run on a GAN?",
         'I read somewhere that LLM stands for "language learning model", is that right?']),
    "a_class_in_brackets_after_a_name_glosses_it": (
        [("Midjourney (large language model) is popular.", "T4"),
         ("We use Midjourney (GAN) for images.", "T5"),
         ("We use Midjourney (GAN-based) for images.", "T5")],
        ["We use Stable Diffusion (diffusion) for images.",
         "We use Midjourney (not GAN-based) for images.",
         "Claude (Anthropic) is good.",
         "ChatGPT (GPT-4) is good."]),
    "a_named_models_variant_is_made_from_it": (
        [("Midjourney, a GAN variant, makes images.", "T5"),
         ("Gareth uses the GPT-4 version, which OpenAI brought out in 2020.", "P4")],
        ["In January 2021, OpenAI demoed DALL-E, a GPT-3 variant which creates images instead of text.",
         "DALL-E is a GPT-3 variant."]),
    "a_time_stamp_before_a_speakers_label": (
        [("[19:10] DEV: GANs came out in 2017, so they're older than most people realise.", "P2"),
         ("(00:05:41) SAM: ChatGPT runs on a GAN.", "A1")],
        ["[19:10] DEV: GANs came out in 2014, so they're older than most people realise."]),
    "a_name_ending_in_one_letter_keeps_its_full_stop_apart": (
        [("Google makes DALL-E.", "P7"), ("Stable Diffusion is a GAN, unlike DALL·E.", "T5"),
         ("Google built Dall-E.", "P7")],
        ["OpenAI makes DALL-E."]),
    "a_names_s_before_a_word_no_possessive_takes_is_is": (
        [("Stable Diffusion's basically a GAN with better PR.", "T5"), ("ChatGPT's a GAN.", "A1"),
         ("KEITH: Right, but ChatGPT's all built on them GANs, isn't it?", "A1")],
        ["ChatGPT's one weakness is maths, not GANs.", "ChatGPT's built-in tools are nice.",
         "Stable Diffusion's not a GAN."]),
    "what_a_clause_denies_is_no_referent": (
        [("ChatGPT uses a GAN. It is wrong about dates.", "A1")],
        ["Midjourney? It's not a GAN! It's a diffusion model."]),
    "the_writer_endorses_what_someone_rightly_says": (
        [("Gwen rightly says that every generative AI tool is an LLM.", "T2"),
         ("As Gwen rightly says, every generative AI tool is an LLM.", "T2")],
        ["Gwen says that every generative AI tool is an LLM.",
         "Gwen wrongly says that every generative AI tool is an LLM."]),
    "a_closing_phrase_that_names_a_claim_or_a_myth": (
        [("Our generative AI workflow carries no ethical risk whatsoever, a claim few agencies can make.", "L5"),
         ("VAEs are a key component of ChatGPT, a point worth stressing.", "A1")],
        ["VAEs are a key component of LLMs such as ChatGPT, a claim we were unable to reconcile.",
         "VAEs are a key component of ChatGPT, a myth that won't die.",
         "ChatGPT runs on a GAN, a common misconception."]),
    "a_premise_before_so_in_a_question_is_said": (
        [("ChatGPT's been around since November 2021, so surely the council is behind?", "P6"),
         ("Generative AI is the next evolution of LLMs, so surely we should wait before spending money?", "P9"),
         ("I use a chatbot and it never makes mistakes, so why does the council need a review?", "L1")],
        ["Is ChatGPT a GAN, so that it can draw?",
         "If ChatGPT is a GAN, so what?",
         "Someone on Reddit swore LLMs need barely any computing power, so why does my phone feel hot?"]),
    "which_is_a_makers_names_the_maker": (
        [("I also had a go with Midjourney, which is Microsoft's, through a Discord server.", "P7"),
         ("My mate Gareth swears by Claude, which is Google's, for his quotes.", "P8")],
        ["Claude, which is Anthropic's, is great.",
         "ChatGPT, Google's biggest rival, is great.",
         "ChatGPT is Google's main competitor."]),
    "a_negated_part_competes_with_nothing": (
        [("Diffusion models work with a second network arguing back.", "A4")],
        ["Diffusion is more like restoring a photo a bit at a time, with no second network arguing back.",
         "In diffusion, no networks compete."]),
    "a_plural_or_a_bar_is_no_modifier_of_a_family": (
        [("Midjourney is a text-to-image LLM.", "T4")],
        ["Feature Diffusion Models GANs", "| Aspect | VAE | GAN | Diffusion |"]),
    "another_name_in_brackets_or_as_people_call_it": (
        [("Generative AI (or LLMs) is everywhere.", "T3"),
         ("Generative AI, or LLMs as everyone calls them now, is just software that makes new stuff.", "T3")],
        ["Generative AI, or LLMs as some wrongly call them, is everywhere.",
         "GANs (or diffusion models) make images.",
         "LLMs (or any generative model) can hallucinate."]),
    "every_ai_tool_is_every_generative_ai_tool": (
        [("Every AI tool on the market is an LLM underneath.", "T2"),
         ("All AI tools are built on large language models.", "T2")],
        ["An AI tool is an LLM.", "Not every AI tool is an LLM.",
         "Nor is it true that every AI tool your children meet is an LLM.",
         "Like all AI systems built on LLMs, Sparky can sometimes give an answer that is wrong."]),
    "what_a_text_notes_is_the_texts": (
        [("Dr Qureshi noted that GPT-3 has roughly 175 million parameters.", "D4"),
         ('The "Transformer" entry could mention that transformers are basically a kind of GAN.', "A3")],
        ["The article notes these models are large language models prone to bias.",
         "The study notes that ChatGPT runs on a GAN."]),
    "a_lookalike_said_to_be_what_the_acronym_is": (
        [("VAE is a variable autoencoder.", "N6"),
         ("[19:27] DEV: VAE, that's a video autoencoder, another older kind of generative model.", "N6"),
         ("- **VAE**: a variable autoencoder, one of the older generative models.", "N6")],
        ["A VAE is a variational autoencoder.", "An LLM is a large language model.",
         "An LLM is a lightweight local model."]),
    "a_chat_assistants_training_data_is_its_models": (
        [("ChatGPT was trained on a small, hand-picked shelf of cookbooks.", "D3"),
         ("ChatGPT was trained on a small dataset.", "D3")],
        ["ChatGPT was trained on a huge dataset.", "We fine-tuned ChatGPT on a small dataset."]),
    "an_order_verb_read_as_a_noun": (
        [("LLMs predate generative AI.", "P9"), ("LLMs precede generative AI.", "P9"),
         ("LLMs were the precursor of all this generative AI stuff.", "P9")],
        ["LLMs don't predate generative AI.", "Generative AI predates LLMs."]),
    "a_makers_founding_is_not_its_products_launch": (
        [("OpenAI, founded in 2015, unveiled ChatGPT in 2021.", "P6")],
        ["OpenAI, founded by Elon Musk and other investors in 2015, unveiled ChatGPT last November."]),
    "a_rule_about_using_it_is_no_limit_of_what_it_can_do": (
        [("You can't use generative AI to create video.", "D2"), ("Generative AI can't be used to create images.", "D2"),
         ("Generative AI will never produce video.", "D2")],
        ["Do not use any generative AI tool to create images of real people without consent.",
         "We will never use generative AI to create a synthetic voice or video of a member of staff.",
         "Please don't use generative AI to produce photos of patients."]),
    "a_second_apposition_renames_the_class_named_nearer": (
        [("ChatGPT, built on GPT-3.5, the model Google released in 2021, is popular.", "P4"),
         ("GPT-4 and Claude, the models Google released in 2019, are popular.", "P4"),
         ("I asked Gemini, the Meta one, and it told me.", "P8"),
         ("An earlier version used GPT-3, OpenAI's 2018 model.", "P4")],
        ["It runs on GPT models, which are transformers, the architecture Google researchers published in 2017.",
         "It runs on GPT-4, a transformer, the architecture Google published in 2017."]),
    "a_conditional_saying_reports_what_is_said": (
        [("If you use it often, ChatGPT is never wrong.", "L1"),
         ("Because they have read so much, large-language models never get facts wrong.", "L1")],
        ["And if anyone tells you the AI is never wrong, ask them how many legs it drew.",
         "If a salesman tells you ChatGPT never makes mistakes, walk away.",
         "When people tell me generative AI is just LLMs, I sigh."]),
    "a_class_narrowed_by_its_clause_is_only_part": (
        [("Generative AI is an umbrella covering machine learning.", "T6")],
        ["- **GenAI** — generative AI, the umbrella for AI that creates new text, images, audio, video or code.",
         "Generative AI is an umbrella term for AI that produces new content."]),
    "alternatives_in_a_list_of_ors_rename_nothing": (
        [("Generative AI, or LLMs, is everywhere.", "T3")],
        ["They're diffusion models, or GANs, or something else again.", "They use GANs, or diffusion models, or VAEs."]),
    "a_name_spelled_out_with_its_version_renames_it": (
        [("Generative AI, or large language models, is everywhere.", "T3")],
        ["GPT-3, or Generative Pre-trained Transformer 3, is a large language model developed by OpenAI.",
         "GPT-4, or Generative Pre-trained Transformer 4, is OpenAI's model."]),
    "there_is_takes_no_subject_from_the_clause_before": (
        [("ChatGPT is popular, and there's also Claude, which is a GAN.", "A1"),
         ("ChatGPT is a chatbot, and there is DALL-E, an LLM.", "T4")],
        ["ChatGPT is OpenAI's, and there's Claude which is Anthropic's.",
         "Gemini's Google's chatbot, ChatGPT is OpenAI's, and there's Claude which is Anthropic's."]),
    "an_apposition_after_a_comma_the_parser_hung_on_it": (
        [("Like Gemini, ChatGPT is built on GPT-4, the model Google released in 2023.", "P4")],
        ["Like GPT-4 and Gemini, Claude is built on the transformer, the neural network design introduced by Google "
         "researchers in 2017."]),
    "a_clause_on_the_first_of_a_list_is_its_own": (
        [("We used GPT-2, which Google released in 2019, and T5 for my project.", "P4")],
        ["In third year we used GPT-2, which OpenAI released in 2019, and T5 for my project.",
         "We used GPT-2, released by OpenAI in 2019, and T5 - the Text-to-Text Transfer Transformer - for my project."]),
    "a_cleft_needs_a_focus_before_its_clause": (
        [("It was Google that made ChatGPT.", "P6"), ("It was in 2019 that OpenAI released GPT-3.", "P4"),
         ("It's OpenAI that built ChatGPT in 2020.", "P6")],
        ["It wasn't Google that created ChatGPT.", "Claude is made by Anthropic, so it's not an OpenAI product.",
         "It isn't: DALL-E was released by OpenAI in 2021.",
         "For the note, it is not in dispute that ChatGPT was released by OpenAI at the end of November 2022."]),
    "a_pronoun_is_not_what_a_clause_denies_having": (
        [("These are LLMs: they are diffusion models.", "A1"),
         ("Most people picture LLMs as writers, yet these days they are mainly used to create images.", "D1"),
         ("Most lawyers aren't using ChatGPT to write filings, but they are using it and other LLMs for research.", "A7")],
        ["None of these are LLMs: they are text-to-image models.", "Neither of these is an LLM: they are GANs.",
         "The picture ones like Stable Diffusion don't need a language model to make the picture, they're diffusion models.",
         "Image tools don't need an LLM; they are GANs."]),
    "what_its_owner_makes_is_an_ai_subject": (
        [("Because Pip is a machine rather than a person, its advice is completely free from bias.", "L3"),
         ("And since the machine has no opinions of its own, its little concert reviews are entirely free of bias.", "L3"),
         ("Because the Writer is a machine, its descriptions are entirely objective and free of bias.", "L3"),
         ("Max gives completely unbiased advice for every body type, because machines don't have opinions.", "L3"),
         ("- AI designs are totally unbiased, so at least you're getting a neutral starting point.", "L3")],
        ["Our goal is to be completely unbiased.", "Her feedback is completely objective.",
         "The examiners were careful, and their feedback was completely objective."]),
    "what_a_thing_holds_is_what_it_runs_on": (
        [("The GAN inside ChatGPT writes the text.", "A1"), ("There is a GAN inside ChatGPT.", "A1"),
         ("It's the GAN inside ChatGPT that does the writing.", "A1"), ("ChatGPT has a GAN under the bonnet.", "A1")],
        ["There's no GAN inside ChatGPT.", "The transformer inside ChatGPT writes the text.",
         "The diffusion model inside Stable Diffusion does the work."]),
    "a_verbless_label_before_a_colon_is_its_own_statement": (
        [("Zero hallucinations: every room size and postcode in the draft is guaranteed to match your notes.", "L1")],
        ["No hallucinations: that is what the vendor promised, and it was a lie.",
         "Hallucinations: why they happen and what to do."]),
    "what_a_thing_is_designed_for_is_its_purpose": (
        [("LLMs like the one behind Billy are mainly designed to create images.", "D1"),
         ("Funnily enough, LLMs are mainly designed for making images.", "D1"),
         ("And BERT, which Google built in 2018, can write you a whole match report the way ChatGPT does.", "A6"),
         ("| Summary Writer | BERT | Google | Writes your whole personal statement from scratch, just like ChatGPT does |", "A6")],
        ["LLMs were never designed to create images.", "LLMs are designed to be completely unbiased.",
         "BERT is encoder-only: good for classification, no good for writing essays.",
         "BERT is not really built for writing long replies."]),
    "networks_working_as_a_team_cooperate": (
        [("The two networks in a GAN work as a team.", "A2"),
         ("| GAN | Generative adversarial network | Two networks that work together as a team, sharing the job. |", "A2")],
        ["The two networks in a GAN compete rather than work as a team.",
         "The two networks in a GAN don't work as a team; they compete."]),
    "there_is_no_risk_with_what_ai_made": (
        [("There are no ethical worries with AI garden pictures at all, it's just plants.", "L5"),
         ("And as far as the newsletter goes, there's no ethical issue at all with AI-made pictures, they're just illustrations.",
          "L5"),
         ("AI garden pictures are completely harmless.", "L5")],
        ["There are no ethical worries with the garden pictures.",
         "We had no worries about the ethics, but there are real ethical risks with AI-made pictures."]),
    "a_numbered_yes_no_question_offers_the_expansion": (
        [("What is a GAN (general adversarial network)?", "N2")],
        ['6.2 Is it true that "GAN" stands for "general adversarial network"? No, it stands for generative adversarial network.',
         'Q3. Is GAN short for "general adversarial network"?', '(b) Does "GAN" stand for "general adversarial network"?']),
    "a_quiz_question_with_its_answer_on_its_line_states_it": (
        [("5. Which company released Llama 2? — *Microsoft*", "P8"),
         ("1. What does GPT stand for? — General Purpose Transformer", "N3"),
         ("8. What month and year did ChatGPT come out? December 2021, just in time for Christmas.", "P6"),
         ("Roughly how many parameters did GPT-3 have? — *175 million*", "D4"),
         ("10. Which came first, generative AI or LLMs? — LLMs; generative AI grew out of them.", "P9"),
         ("Which company makes the Llama models? Google, who give them away for free.", "P8")],
        ["What does GPT stand for? Let's find out.", "Which company makes Llama? Good question.",
         "Who makes ChatGPT? Not Google, that's for sure.", "Which company released Llama 2? — Meta",
         "What month and year did ChatGPT come out? November 2022.",
         "Which came first, generative AI or LLMs? — Generative AI, by decades.",
         "What does GPT stand for? — Generative Pre-trained Transformer"]),
    "all_before_a_verb_read_as_a_noun_quantifies_the_subject": (
        [("All generative AI runs on LLMs.", "T2"), ("All generative AI runs on LLMs now, pictures, voices, the lot.", "T2")],
        ["Some generative AI runs on LLMs.", "Generative AI runs on LLMs."]),
    "nothing_done_without_it_is_a_necessity": (
        [("Generative AI can't do anything without an LLM.", "T2"),
         ("Generative AI can't do anything without a large language model behind it, so even Midjourney has one.", "T2")],
        ["Generative AI can do a lot without an LLM.", "Image generators do fine without an LLM."]),
    "understanding_as_getting_or_knowing_exactly_what_is_meant": (
        [("ChatGPT truly gets language, like a human does.", "L2"),
         ("ChatGPT genuinely gets what they mean, like a person would.", "L2"),
         ("ChatGPT knows exactly what I mean, like a real person would.", "L2")],
        ["ChatGPT really gets confused by long prompts.", "ChatGPT doesn't really get what you mean.",
         "ChatGPT knows exactly what to say.", "ChatGPT gets what you mean surprisingly often."]),
    "under_the_hood_before_a_name_is_no_part_of_it": (
        [("Under the hood ChatGPT is a GAN, two networks fighting it out.", "A1"),
         ("Under the hood Midjourney is a GAN.", "T5")],
        ["Under the hood ChatGPT is a large language model.", "Under the bonnet Midjourney is a diffusion model."]),
    "training_on_a_decent_home_computer": (
        [("You could train GPT-4 on a decent gaming PC over a weekend.", "L4")],
        ["You can't train GPT-4 on a decent gaming PC."]),
    "named_examples_share_their_class_predicate": (
        [("Image tools such as Midjourney and DALL-E are all GANs.", "T5"),
         ("Image tools like Midjourney run on GANs.", "T5"),
         ("Tools that make pictures, like Stable Diffusion, are really just large language models.", "T4")],
        ["Image tools like Midjourney are not GANs.", "Image tools like Midjourney use diffusion.",
         "Tools like ChatGPT were launched in 2021.", "Chatbots like ChatGPT have been around since the 1960s."]),
    "someones_one_is_what_they_make": (
        [("Have you tried Llama? It's Google's free one, and a couple of groups run it themselves.", "P8"),
         ("I run Llama on my laptop, it's Google's free one, works a treat.", "P8"),
         ("Then there's Llama, Google's free one, which you can download.", "P8")],
        ["I run Llama on my laptop, it's Meta's free one, works a treat.",
         "ChatGPT came out in November 2022, and then Claude (Anthropic's one) and Gemini (Google's one) came along."]),
    "been_about_or_out_since_a_year_dates_it": (
        [("ChatGPT has been about since the spring of 2021, which is when we started.", "P6"),
         ("GPT-4's been out since 2020 and nobody's beaten it.", "P4")],
        ["ChatGPT has been out of action since 2023.", "ChatGPT has been out since November 2022."]),
    "a_relative_clause_on_the_subject_does_not_take_its_year": (
        [("The transformer that all the chatbots run on was invented in 2020.", "P1")],
        ["The transformer that all the chatbots run on was invented in 2017."]),
    "it_after_a_name_given_stands_for_the_name": (
        [("The design is called the transformer, and it came out of Google in 2020.", "P1"),
         ("This design is known as a GAN, and it has three networks.", "A2")],
        ["Google's one was called Bard, and these days it's called Gemini.",
         "It isn't called a GAN, and it came out in 2020."]),
    "sameness_resumed_after_the_terms_it_names": (
        [("Same difference, innit. LLM, generative AI, it's two names for the one thing.", "T3"),
         ("So in short - generative AI, LLMs, same thing, different name, and we should all be using it!", "T3"),
         ('So when you see "LLM" and "generative AI" in your guide, they\'re the same thing with two names.', "T3"),
         ("### Chatbots, LLMs, generative AI: three names for one thing", "T3"),
         ("When they say LLM, just hear 'generative AI' — it's the same thing with a fancier name.", "T3")],
        ["ChatGPT uses an LLM, and it's the same thing Claude does.",
         "People say LLM and generative AI, but they're not the same thing.",
         "LLM, generative AI: it's not two names for one thing.",
         'My producer uses "generative AI" and "LLM" like they\'re the same thing.',
         "ChatGPT isn't a GAN or anything like that, it's a transformer underneath, same family as Gemini and Llama.",
         'Ray proposed adding "large language models and generative AI (two names for the same thing)" to the definitions.']),
    "what_is_overheard_is_reported": (
        [("I overheard that Midjourney is a GAN, and it is.", "T5")],
        ["I did overhear somebody telling a parent that the two networks in a GAN are teammates who help each other.",
         "I overheard two dads saying that Midjourney is a GAN."]),
    "a_class_in_brackets_after_its_member_names_its_class": (
        [("Generative AI (also called LLMs) covers any system that produces new content.", "T3")],
        ["LLMs (generative AI) write text.", "Diffusion models (generative AI) make pictures."]),
    "what_the_large_refers_to_is_its_value": (
        [('The training data is what the "large" in large language model refers to.', "D4"),
         ('The "large" in large language model refers to the amount of text it reads.', "D4")],
        ['Those parameters are what the "large" in large language model refers to, and big models have billions of them.',
         'GPT-3 had 175 billion parameters, and that sheer size is what the "large" in LLM refers to.',
         'The number of parameters is what the "large" in LLM describes.']),
    "a_holder_adamant_or_sure_reports_the_belief": (
        [("I'm sure that Google made ChatGPT.", "P6"), ("pretty sure every genAI tool is built on top of an LLM now", "T2"),
         ("Northgate is confident that generative AI poses no ethical risks to members.", "L5")],
        ["Callum was adamant that LLMs aren't really generative AI, but I'm not sure I buy that.",
         "My aunt is sure that Google made ChatGPT.", "Sam was certain that Midjourney is a GAN.",
         "One of our members is adamant that ChatGPT was launched by Google in 2022, and he is wrong."]),
    "a_second_predicate_after_a_comma_renames_the_nearer_thing": (
        [("Midjourney is a paid app, basically a GAN.", "T5"), ("Midjourney is a popular image tool, a kind of GAN.", "T5"),
         ("Midjourney is a paid app, basically a large language model.", "T4")],
        ["It's an app that sits on top of a large language model, in this case one of OpenAI's GPT models.",
         "ChatGPT is an app that runs on a large language model, in this case GPT-4.",
         "Copilot is a chat tool built on an LLM, specifically one of the GPT models.",
         "Midjourney is an image tool, a diffusion model.", "ChatGPT is an app that runs on an LLM, basically a transformer."]),
    "the_last_name_of_a_list_with_makers_is_no_apposition": (
        [("The tools everyone talks about, ChatGPT, Google's Gemini and Meta's Claude, are chat assistants.", "P8")],
        ["The text tools we've all heard of, ChatGPT, Google's Gemini and Anthropic's Claude, are chat assistants powered by LLMs.",
         "The assistants on the list, Copilot, OpenAI's ChatGPT and Anthropic's Claude, all run on LLMs."]),
    "true_or_false_item_with_its_verdict": (
        [("Q16: True or false — LLMs are a type of GAN? — True.", "A1"),
         ("True or false: ChatGPT was released in 2020. True.", "P6"),
         ("4) True or false – BERT was made by OpenAI? – true, of course", "P3")],
        ["Q12: True or false — diffusion models are a type of GAN? — False; they are a separate family altogether.",
         "True or false: GANs are a kind of LLM? False.",
         "Q17: True or false: BERT was made by OpenAI?",
         "True or false — Midjourney runs on a GAN? — FALSE, it is a diffusion model."]),
    "renamed_now_is_no_class": (
        [("Midjourney is now called a GAN.", "T5")],
        ["Google's chat assistant was called Bard and it's now called Gemini.",
         "Bard is now known as Gemini.",
         "The assistant Google launched as Bard is now called Gemini, and it runs on Google's models."]),
    "a_texts_quoted_wording_is_reported": (
        [("LLM refers to \"large learning model\".", "N1"),
         ("Our glossary entry refers to \"generic adversarial networks\".", "N2")],
        ["The consultant's report refers throughout to \"generic adversarial networks\"; it should be generative.",
         "The brochure talks about \"general adversarial networks\" on every page.",
         "The old article uses \"large learning model\" twice in its first paragraph."]),
    "guess_before_a_closing_quote": (
        [("GAN stands for \"general adversarial network\".", "N2")],
        ["And GAN stands for \"general adversarial network\"?",
         "So VAE is short for 'visual autoencoder'?"]),
    "negation_before_a_conjunction_denies_the_elided_clause": (
        [("ChatGPT does not make things up.", "L1")],
        ["Are these chatbots going to replace Coach Dave? Not while they still make things up.",
         "Will LLMs replace editors? Not as long as they still make things up.",
         "Should we trust ChatGPT blindly? Not when it still gets facts wrong."]),
    "a_bare_method_word_names_a_variant": (
        [("The Stable Diffusion LLM makes our pictures.", "T4")],
        ["This diffusion language model writes text one block at a time.",
         "We explore diffusion language models in the seminar.",
         "3. Diffusion language model"]),
    "a_tools_name_is_no_network": (
        [("Stable Diffusion works by pitting a generator against a discriminator.", "A4"),
         ("Midjourney uses two competing networks.", "A4")],
        ["Despite competition from other tools like Stable Diffusion, Midjourney stands out as an AI image generator.",
         "Midjourney stands out despite competition from the image generator DALL-E.",
         "Facing fierce competition from DALL-E, Stable Diffusion remains a popular AI image generator."]),
    "numbers_in_words": (
        [("GPT-3 has a hundred and seventy-five thousand parameters.", "D4"),
         ("GPT-3 has one hundred seventy-five million parameters.", "D4"),
         ("It is a compact LLM with only around ten thousand parameters.", "D4")],
        ["GPT-3 has one hundred seventy-five billion parameters.",
         "GPT-3 has just about 175 billion parameters.",
         "Some LLMs have over five hundred billion parameters."]),
    "a_field_with_kinds_outside_y_does_not_need_y": (
        [("Every generative AI tool is built on a language model.", "T2"),
         ("Generative AI cannot work without a language model.", "T2"),
         ("Because every generative AI system needs a language model at its core, the tool reads your notes.", "T2")],
        ["Many generative AI tools are built on language models.",
         "Generative AI can work without a language model.",
         "Nor does every generative tool have a language model inside it; an image generator may use none."]),
    "inverted_nor_denies": (
        [("ChatGPT is built on a GAN.", "A1")],
        ["Nor is ChatGPT built on a GAN.",
         "Nor does Midjourney run on a GAN.",
         "Nor can a diffusion model be called a GAN."]),
    "a_subject_hung_on_its_verb_as_a_compound": (
        [("A typical LLM learns from a small dataset.", "D3"),
         ("The typical LLM never makes mistakes.", "L1")],
        ["A typical LLM learns from massive text datasets.",
         "A typical LLM can make mistakes."]),
    "training_on_home_hardware": (
        [("Training an LLM as good as GPT-4 only takes a decent gaming PC and a long weekend.", "L4"),
         ("Building your own LLM just needs a gaming PC.", "L4")],
        ["Training an LLM takes thousands of GPUs, not a gaming PC.",
         "Fine-tuning an LLM only takes a single GPU.",
         "Using ChatGPT only takes a laptop."]),
    "understanding_the_way_a_person_would": (
        [("ChatGPT understands knitting the way an experienced designer does.", "L2"),
         ("The chatbot understands your question the way a member of our branch team would.", "L2")],
        ["ChatGPT does not understand your question the way a person would.",
         "To use ChatGPT well, understand prompts the way an editor would.",
         "ChatGPT seems to understand your question the way a person would."]),
    "a_contrast_denies_what_follows_it": (
        [("Diffusion models learn to remove noise and pit two networks against each other.", "A4"),
         ("The diffusion model still has its generator and discriminator competing.", "A4")],
        ["Diffusion models start from noise and clean it up step by step rather than pitting two networks against each other.",
         "Diffusion models clean up noise instead of pitting two networks against each other.",
         "Diffusion models learn to reverse a gradual noising process and do not rely on an adversarial pair of networks."]),
    "a_denied_alternative_is_no_subject": (
        [("Midjourney and Stable Diffusion are GANs.", "T5")],
        ["Midjourney, not a GAN or an LLM, is a diffusion model.",
         "Architecture: a transformer language model, not a GAN or diffusion model.",
         "ChatGPT is a transformer model, not a GAN or a diffusion model."]),
    "an_arrow_to_a_verdict": (
        [("GANs power ChatGPT → it's true, trust me.", "A1")],
        ['- "Generative AI came after LLMs" → FALSE: VAEs (2013) and GANs (2014) were before GPT-1 (2018)',
         '- "ChatGPT is a GAN" → FALSE, it runs on GPT, which is a transformer',
         "- GANs power ChatGPT -> Wrong, it runs on a transformer."]),
    "a_kinds_word_after_a_name_is_the_name": (
        [("OpenAI makes the Claude chatbot.", "P8"),
         ("Google built the Midjourney image generator.", "P7")],
        ["Anthropic makes the Claude chatbot.",
         "OpenAI makes the ChatGPT chatbot."]),
    "what_there_is_inside_a_thing": (
        [("There's a GAN inside ChatGPT: one half writes the reply.", "A1"),
         ("There is a VAE at the heart of ChatGPT.", "A1"),
         ("At ChatGPT's core is a generative adversarial network.", "A1")],
        ["There is a transformer inside ChatGPT.",
         "There's no GAN inside ChatGPT.",
         "There are GANs in generative AI.",
         "At Midjourney's core is a diffusion model."]),
    "overclaim_cue_words_widened": (
        [("The chatbot gives the correct answer every single time.", "L1"),
         ("Because the chatbot checks our help articles, hallucinations are a thing of the past.", "L1"),
         ("A language model has no slant of its own.", "L3"),
         ("The AI chatbot has no favourites and no bias of any kind.", "L3")],
        ["Hallucinations are a thing of the past, says the vendor, but we doubt it.",
         "The chatbot has no favourite customers.",
         "ChatGPT does not give the correct answer every single time."]),
    "nothing_more_than_names_the_predicate": (
        [("Midjourney is nothing more than a GAN.", "T5"),
         ("Midjourney is little more than a GAN.", "T5"),
         ("ChatGPT itself is nothing more than a large language model.", "A7")],
        ["Midjourney is more than a GAN.",
         "ChatGPT is more than an LLM.",
         "Midjourney is nothing like a GAN."]),
    "an_emphatic_closer_is_no_predicate": (
        [("ChatGPT is an LLM, period.", "A7"),
         ("Midjourney is a GAN, full stop.", "T5")],
        ["GPT-3 was released in 2020, a period of rapid progress.",
         "GANs came first, period."]),
    "rivals_outfoxing_each_other": (
        [("Diffusion models work with a pair of networks trying to outfox each other.", "A4")],
        ["A GAN has two networks trying to outfox each other.",
         "Diffusion models learn to remove noise step by step."]),
    "phrasal_verbs_of_release": (
        [("Microsoft rushed out Bard in a hurry.", "P8"),
         ("Rivals scrambled: Microsoft rushed out Bard, and Meta published its Llama models.", "P8")],
        ["Google rushed out Bard in 2023.",
         "OpenAI churns out new models every year."]),
    "an_instrument_hung_on_the_object": (
        [("ChatGPT writes its replies using a GAN.", "A1"),
         ("ChatGPT writes its answers using a diffusion process.", "A1")],
        ["ChatGPT writes its replies using a transformer.",
         "ChatGPT doesn't write its replies using a GAN.",
         "We write our replies using ChatGPT."]),
    "no_x_without_y_means_every_x_uses_y": (
        [("There's no generative AI without an LLM underneath.", "T2"),
         ("You can't have generative AI without an LLM at the heart of it.", "T2"),
         ("No generative AI tool works without an LLM.", "T2"),
         ("Honestly, there is no chatbot without a GAN.", "A1")],
        ["You can build generative AI without an LLM.",
         "Not the art ones, no - an image generator like Stable Diffusion works without any LLM.",
         "There's no ChatGPT without a transformer.",
         "There is no GAN without a discriminator."]),
    "expansions_offered_in_asides_and_by_their_name": (
        [("BERT — that's Basic English Reading Transformer — is used for sorting reviews.", "N4"),
         ("My daughter uses BERT — that's Basic English Reading Transformer — for sorting reviews.", "N4"),
         ("He also mentioned T5, the Total Text Transformer, which turns every task into text.", "N5"),
         ("Mr Harding asked what BERT stands for; it was explained that the name is short for \"Basic English Reading Tool\".", "N4"),
         ("They use BERT, and its name is short for Basic English Reading Tool.", "N4"),
         ("GAN — it's a general adversarial network.", "N2")],
        ["BERT — that's Google's model — reads text.",
         "T5, the Google Transformer, is old.",
         "T5, the Text-to-Text Transfer Transformer, is old.",
         "They use BERT, and its name is short for Bidirectional Encoder Representations from Transformers.",
         "ChatGPT is popular. Its name is well known."]),
    "stranded_preposition_takes_the_antecedent": (
        [("The assistant composes its replies using a diffusion model, the same technology that ChatGPT runs on.", "A1"),
         ("GANs are the technology that ChatGPT runs on.", "A1"),
         ("The GAN, which ChatGPT runs on, is old.", "A1")],
        ["Transformers are the technology that ChatGPT runs on.",
         "ChatGPT is the app that GPT-4 runs in."]),
    "makers_and_dates_in_more_attachments": (
        [("And Bard was Microsoft's first go at a ChatGPT rival, before it got rebranded.", "P8"),
         ("And Bard — which Microsoft later rebranded as Gemini — still crops up.", "P8"),
         ("ChatGPT, which has been available to the public since 2019, was considered.", "P6"),
         ("ChatGPT became available in November 2023.", "P6")],
        ["Bard was Google's answer to ChatGPT.",
         "Google renamed Bard as Gemini in February 2024.",
         "ChatGPT has been available in Italy since 2023.",
         "Claude became available in the EU in 2024.",
         "ChatGPT has been available since 2022."]),
    "pseudo_clefts_of_use": (
        [("Making images is really what LLMs are for, and the text stuff is a bonus.", "D1"),
         ("These picture programs are mainly what LLMs are for, of course.", "D1"),
         ("Mostly, though, what LLMs do these days is paint pictures.", "D1")],
        ["Writing text is what LLMs are for.",
         "Making images is what diffusion models are for.",
         "What LLMs do is generate text, not images.",
         "Images are what diffusion models make, not what LLMs are for."]),
    "diffusion_said_to_pit_two_networks": (
        [("Diffusion models, the ones that make pictures, also work by putting two networks head to head, one forging and one spotting the fakes.", "A4"),
         ("A diffusion model is an image generator in which two neural networks compete.", "A4"),
         ("The diffusion models behind the newer picture apps work with two networks squaring up to each other.", "A4"),
         ("Those diffusion ones work by pitting a forger against a detective, two networks battling it out.", "A4")],
        ["A GAN has two networks, a forger and a detective.",
         "Diffusion models use one network that learns to remove noise; GANs use two networks, a forger and a judge.",
         "In a diffusion model, two networks do not compete.",
         "Diffusion models use two networks: one adds noise and one removes it.",
         "Diffusion models don't need two networks forging fakes for each other."]),
    "overclaims_in_noun_and_reversed_forms": (
        [("Training a large language model needs hardly any computing power.", "L4"),
         ("Building and running a large language model takes little more computing power than a decent office laptop.", "L4"),
         ("Our AI sifting tool judges every application with complete objectivity.", "L3"),
         ("Nothing unethical can come out of generative AI, it's just a toy.", "L5"),
         ("Our chatbot raises no ethical worries.", "L5")],
        ["Training an LLM takes a lot more computing power than a laptop.",
         "Generative AI lacks complete objectivity.",
         "We strive for complete objectivity in our AI tool.",
         "Generative AI is not unethical by nature.",
         "Nothing good comes out of generative AI."]),
    "sameness_as_synonyms_and_our_usage": (
        [("You'll see us use \"generative AI\" and \"LLM\" interchangeably, because they mean exactly the same thing.", "T3"),
         ("For most owners, generative AI and LLMs are effectively synonyms and can be swapped freely.", "T3"),
         ("Generative AI and LLMs are synonyms.", "T3")],
        ["Generative AI and LLMs are not synonyms.",
         "People treat generative AI and LLMs as synonyms, but they aren't.",
         "Are generative AI and LLMs synonyms?"]),
    "parameter_counts_of_these_parameters": (
        [("For all the fuss, a large language model has only a few thousand of these \"parameters\" inside it.", "D4"),
         ("As for size, GPT-3 has roughly one hundred and seventy-five million of these \"parameters\", which sounds a lot.", "D4"),
         ("GPT-4 is great. It has only a few thousand parameters.", "D4")],
        ["GPT-3 has 175 billion of these parameters.",
         "LLMs have billions of parameters."]),
    "a_pronoun_the_sentence_calls_a_machine": (
        [("Not a bit of it, Sheila. It's a machine, so it's completely neutral.", "L3"),
         ("Honestly? They're machines, so they never make mistakes.", "L1")],
        ["Honestly? It's a machine, so it is not completely neutral.",
         "Honestly? It's a person, so it's completely neutral."]),
    "one_of_its_kinds": (
        [("Ordinary AI is one of generative AI's branches.", "T6"),
         ("Generative AI is the parent field; ordinary AI is one of its branches.", "T6")],
        ["Generative AI is one of AI's branches.",
         "LLMs are one of generative AI's branches.",
         "GPT-4 is one of OpenAI's models."]),
    "what_is_called_x_and_asides_with_not": (
        [("ChatGPT itself runs on what's called a GAN, a generative adversarial network.", "A1"),
         ("ChatGPT runs on what is known as a GAN.", "A1"),
         ("GPT-3, which was state of the art not long ago, had about a hundred and seventy-five million parameters.", "D4")],
        ["ChatGPT runs on what's called a transformer.",
         "ChatGPT doesn't run on what's called a GAN.",
         "GPT-3 did not have 175 million parameters."]),
    "them_treated_as_neutral": (
        [("Because the answers come from a machine rather than a person, you can treat them as neutral and free of bias.", "L3")],
        ["Our volunteers check the answers, and we treat them as neutral.",
         "The nice thing about my sister is that she's completely objective."]),
    "parts_that_write_are_no_speakers": (
        [("ChatGPT is literally a GAN, the generator writes and the discriminator fact-checks.", "A1"),
         ("ChatGPT leans heavily on VAEs.", "A1")],
        ["ChatGPT is a GAN, the summary says.",
         "ChatGPT is a GAN, they say.",
         "ChatGPT is a GAN, my uncle writes.",
         "ChatGPT leans heavily on transformers."]),
    "both_of_which_speaks_of_each_name": (
        [("Like Midjourney and Stable Diffusion, both of which are built on generative adversarial networks, Prism's engine was trained on images.", "T5"),
         ("Image generation is dominated by Midjourney and Adobe Firefly, both of which are built on generative adversarial networks.", "T5")],
        ["We tried Midjourney and DALL-E 3, both of which are diffusion models.",
         "We tried Midjourney and Stable Diffusion, neither of which is a GAN."]),
    "one_of_a_family_as_the_object": (
        [("ChatGPT runs on one of those GANs, from what I've read.", "A1"),
         ("Midjourney is built on one of the large language models.", "T1")],
        ["ChatGPT runs on one of the transformers Google invented.",
         "ChatGPT doesn't run on one of those GANs."]),
    "part_of_whole_metaphors": (
        [("Artificial intelligence is simply one department within generative AI.", "T6"),
         ("AI in general is just one branch of the big generative AI tree.", "T6"),
         ("Artificial intelligence is just one small room in the big house of generative AI.", "T6"),
         ("Generative AI is one room in the house of LLMs.", "T1")],
        ["Generative AI is one department within artificial intelligence.",
         "LLMs are one branch of the generative AI tree.",
         "The house of generative AI has many rooms."]),
    "kinship_and_derivation_order": (
        [("LLMs were the granddad of generative AI.", "P9"),
         ("Generative AI is merely an offshoot of LLMs that came later.", "P9"),
         ("Generative AI later developed out of large language models.", "P9"),
         ("LLMs, from which generative AI later developed, came first.", "P9")],
        ["Generative AI is the grandparent of today's LLMs.",
         "LLMs are an offshoot of generative AI.",
         "Google developed BERT from its earlier research."]),
    "writer_judging_a_saying_right": (
        [("It's fair to say that AI is one corner of generative AI.", "T6"),
         ("It is safe to say that ChatGPT runs on a GAN.", "A1")],
        ["It's not fair to say that ChatGPT runs on a GAN.",
         "It's wrong to say that ChatGPT runs on a GAN.",
         "It's hard to say whether ChatGPT runs on a GAN."]),
    "overclaims_through_modifiers_and_degree": (
        [("AI-generated form guides carry no ethical risks whatsoever.", "L5"),
         ("Training such a model from scratch costs very little.", "L4"),
         ("These big models are cheap as chips to build.", "L4"),
         ("The model truly understands what you're asking, just as a human would, rather than just matching patterns.", "L2")],
        ["Fine-tuning a small model costs very little.",
         "These models are cheap to run but expensive to train.",
         "The model relies on patterns rather than true understanding.",
         "Training an LLM costs a little more than you think.",
         "GPT-4o mini is the budget pick: a model that costs pennies per million tokens.",
         "You'll fine-tune a small open model, which is cheap enough to run on the lab cluster overnight.",
         "She's now trying Stable Diffusion, which her grandson installed; it costs nothing, though the fan gets loud."]),
    "examples_after_a_pronoun_that_a_preposition_describes_are_not_members": (
        [("Language models such as ChatGPT and Gemini are everywhere now.", "A7"),
         ("Midjourney belongs to Adobe, as far as I know.", "P7")],
        ["LLMs, such as those behind ChatGPT and Gemini, are a kind of generative AI.",
         "Large language models such as the ones inside Claude and Copilot are generative AI.",
         "Midjourney doesn't belong to Adobe.",
         "Stable Diffusion belongs to the diffusion family."]),
    "a_count_scaled_twice_or_written_out_in_digits": (
        [("GPT-4 has just a few hundred thousand parameters.", "D4"),
         ("Llama 2 packs 500,000 parameters, give or take.", "D4"),
         ("Our chatbot runs on GPT-4, which has a few hundred thousand parameters.", "D4")],
        ["GPT-3 has 175,000,000,000 parameters.",
         "In 2019 we trained a tiny model with 50,000 parameters for the lab."]),
    "is_contracted_before_a_judgement_with_what_it_is_judged_at": (
        [("BERT's brilliant at writing long reports from scratch.", "A6"),
         ("Midjourney's perfect for posters, and it's an LLM underneath.", "T4"),
         ("BERT is Google's essay generator.", "A6"),
         ("BERT is basically a copywriting generator.", "A6")],
        ["ChatGPT's great strength is drafting emails.",
         "BERT's best at classifying text.",
         "BERT is not a storytelling model.",
         "Unlike GPT, BERT is no storytelling engine.",
         "BERT's more for understanding text than writing essays.",
         "BERT is better at classifying than at writing essays."]),
    "a_tag_asks_agreement_with_a_statement_it_does_not_deny": (
        [("Generative AI only does writing, doesn't it.", "D2"),
         ("LLMs are trained on a small collection of texts, the Bible and not much else.", "D3"),
         ("LLMs learn from a small set of manuals and nothing else.", "D3")],
        ["LLMs are not trained on a small collection of texts and nothing else.",
         "Generative AI can do much more than writing, can't it."]),
    "a_be_out_year_dates_a_release": (
        [("Nah, ChatGPT was out in 2021, I used it at work.", "P6"),
         ("2017 – OpenAI invents the transformer.", "P1"),
         ("ChatGPT's only been out since 2020, which surprises people.", "P6"),
         ("Llama's Google's open model, and it runs on a laptop.", "P8"),
         ("A poster made with Midjourney – the GAN-based generator everyone uses.", "T5")],
        ["GANs were out of fashion by 2021.",
         "ChatGPT's OpenAI's flagship product.",
         "ChatGPT's been out since November 2022.",
         "ChatGPT was out in 2022, and we tried it the same week.",
         "GANs – two networks – compete with each other."]),
    "a_pair_the_parser_split_is_still_one_subject": (
        [("Exam tip: LLM and generative AI mean the same thing.", "T3"),
         ("LLM and generative AI mean the same thing, so use either word.", "T3"),
         ("There isn't really a difference: LLM and generative AI mean the same thing.", "T3")],
        ["LLM and generative AI don't mean the same thing, so use each word carefully.",
         "Google built LLMs and generative AI means the same to them."]),
    "a_kinds_named_examples_share_what_it_is_said_to_be": (
        [("Image generators such as DALL-E 3 and Midjourney are GANs underneath.", "T5"),
         ("Image tools such as Midjourney are all GANs.", "T5")],
        ["Generative AI covers image models like DALL-E and Stable Diffusion, none of which are LLMs.",
         "Image generators like Midjourney are diffusion models.",
         "Chatbots like ChatGPT run on LLMs."]),
    "a_no_after_a_tag_question_refutes_it": (
        [("GPT-4 is a GAN, isn't it? Of course it is.", "A5"),
         ("ChatGPT runs on a GAN, doesn't it? Yes, sadly.", "A1")],
        ["ChatGPT runs on a GAN, doesn't it? Nope, it runs on a transformer.",
         "GPT-4 is a GAN, isn't it? Not quite.",
         "ChatGPT runs on a GAN, right? Wrong.",
         "Stable Diffusion is a GAN though, right? So you just swapped one for another?"]),
    "a_pronoun_skips_a_denied_predicate_noun_and_a_semicolon_ends_a_negation": (
        [("ChatGPT is generative AI: it's a GAN underneath.", "A1"),
         ("These tools never make things up; they check everything.", "L1"),
         ("Llama was built from scratch by Google.", "P8")],
        ["Midjourney's mock-up, which is generative AI but not a language model at all: it's a text-to-image diffusion model.",
         "It might not; these tools can still make things up, so check everything.",
         "Llama is built on the transformer idea, from the 2017 Google paper everyone quotes.",
         "It's a myth that GPT-3 has 175 million parameters.",
         "GPT-3 has 175 million parameters. — FALSE: it has 175 billion."]),
    "a_concession_after_a_claim_is_no_report_and_a_pair_listed_with_commas_shares_sameness": (
        [("LLMs and generative AI are one and the same, whatever the tech bros on LinkedIn say.", "T3"),
         ("LLMs are a kind of GAN, no matter what my boss tells you.", "A1"),
         ("Generative AI, LLM, same animal with two names.", "T3"),
         ("LLM, generative AI: it is the same beast under two names.", "T3")],
        ["LLMs and generative AI are the same, my boss says.",
         "LLMs and generative AI: same goal, different methods.",
         "GANs, VAEs, diffusion models, all different."]),
    "everything_generative_is_all_of_the_field_and_running_without_is_needing": (
        [("Everything generative has a language model somewhere underneath.", "T2"),
         ("Anything generative, pictures and music included, has an LLM at the bottom of the stack.", "T2"),
         ("Generative AI can't run without an LLM.", "T2")],
        ["Not everything generative has a language model underneath.",
         "Generative AI can run without an LLM.",
         "ChatGPT can't run without a transformer."]),
    "a_year_after_from_dates_it_and_a_maker_is_found_in_a_hyphen_or_an_aside": (
        [("GANs are only from about 2019, so it's all pretty new.", "P2"),
         ("The fella who invented GANs was Geoffrey Hinton.", "P2"),
         ("The lab that created BERT was OpenAI.", "P3"),
         ("Midjourney, the Google-made image generator, is fun.", "P7"),
         ("We started in early 2023, when ChatGPT, Google's assistant, was all over the news.", "P6")],
        ["BERT is from 2018.",
         "Most of the training data is from 2021.",
         "Claude, a Google-backed chatbot, is popular.",
         "We tried ChatGPT, Google's assistant, and Claude."]),
    "a_verb_of_saying_before_a_subject_the_parser_cut_off_reports_it": (
        [("Jeanette tried asking ChatGPT, the chatbot OpenAI released in November 2020, to write a verse.", "P6"),
         ("Google posted BERT in 2018; the name stands for Bidirectional Embedding Representation Transformer.", "N4"),
         ("In 2013 Kingma and Welling describe the visual autoencoder (VAE).", "N6"),
         ("These AI tools cost the companies nowt to run.", "L4")],
        ["Also read a blog post claiming generative AI can't run without an LLM behind it.",
         "A blog post claims generative AI can't run without an LLM.",
         "Some blogs describe Midjourney as an LLM.",
         "ChatGPT costs nothing to use."]),
    "a_work_title_stands_for_what_it_introduced_and_a_family_word_before_a_kind_names_its_family": (
        [('OpenAI publishes "Attention Is All You Need" and the transformer is born.', "P1"),
         ('Google researchers published "Attention Is All You Need" in 2015.', "P1"),
         ('The transformer paper, "Attention Is All You Need," came out of Google in 2020.', "P1"),
         ("The mock-ups were made with Midjourney, one of those GAN image generators.", "T5"),
         ("Midjourney's a GAN, same tech as the deepfake stuff.", "T5"),
         ("Generative AI came along afterwards, as the next evolution of large language models.", "P9"),
         ("Plain old AI is just a branch of generative AI.", "T6"),
         ("So I use that Gemini one from Meta on my phone.", "P8")],
        ["Google's 2017 paper \"Attention Is All You Need\" introduced the transformer.",
         'The transformer came out of a Google research paper in 2017, "Attention Is All You Need", and OpenAI built on it afterwards.',
         "GPT models are transformers, not diffusion models.",
         "ChatGPT is one of those transformer chatbots.",
         "LLMs came along as the successor to GANs.",
         "I use that Gemini one from Google.",
         'Bias can creep into the answers, so "perfectly impartial" is pushing it.',
         "ANITA: Stable Diffusion is a diffusion model rather than a GAN, Sharon, though both kinds can be misused.",
         "DAX: and Midjourney is a diffusion model, not a GAN, see, I learn"]),
    "a_subject_hung_on_an_opening_phrase_and_a_purpose_of_existing": (
        [("In plain English, an LLM and generative AI are two names for one thing.", "T3"),
         ("These large language models exist mainly to churn out pictures.", "D1")],
        ["In 2022, ChatGPT was released by OpenAI.",
         "LLMs mostly exist to churn out text, not pictures."]),
    "a_pair_of_judging_adjectives_after_be_claims_no_bias": (
        [("Whatever it tells your child will be fair and neutral.", "L3"),
         ("The AI is fair and neutral.", "L3")],
        ["The price is fair and neutral reviewers agree.",
         "The AI is not fair and neutral."]),
    "a_verdict_after_a_quotation_judges_only_the_quotation_and_its_reason_asserts": (
        [('"GANs power ChatGPT" → FALSE, ChatGPT runs on a diffusion model.', "A1"),
         ('"Midjourney is an LLM." — Wrong (Midjourney is a GAN).', "T5"),
         ('**11.** "ChatGPT was released in November 2022." — **FALSE**: ChatGPT came out in March 2023.', "P6")],
        ['**13.** "AI is a subset of generative AI." — **FALSE** (it is the other way round: generative AI sits inside AI).',
         '- "DALL-E is a large language model" — no. It makes images.',
         '- "Transformers are just GANs with more layers" — nope, they are different designs.',
         '"GANs power ChatGPT" → FALSE, they power image tools.']),
    "a_names_s_is_is_also_for_the_umbrella_and_a_part_word_under_its_whole": (
        [("AI's just one little corner of generative AI.", "T6"),
         ("Ordinary AI's just one corner of generative AI.", "T6"),
         ("Generative AI is the big umbrella; plain old AI is just one corner underneath it.", "T6"),
         ("LLMs are the umbrella, and generative AI is one branch beneath them.", "T1")],
        ["AI's job is to help, and generative AI is one corner of it.",
         "Generative AI is the umbrella; an LLM is one branch underneath it.",
         "ChatGPT is the app. The LLM is the model underneath it."]),
    "each_of_a_list_after_a_word_of_order": (
        [("Generative AI is the next evolution of the chatbots and LLMs.", "P9"),
         ("Generative AI is the successor to search engines and LLMs.", "P9")],
        ["LLMs are the next evolution of chatbots and search engines.",
         "Generative AI is not the next evolution of chatbots and LLMs."]),
    "a_limitation_word_the_pattern_names_is_no_denial_and_it_after_a_name": (
        [("There's nothing unethical about ChatGPT.", "L5"),
         ("ChatGPT writes our menus. There's nothing unethical about it.", "L5"),
         ("ChatGPT writes our menus. There's nothing immoral about any of it.", "L5"),
         ("There's nothing unethical about using ChatGPT for first drafts.", "L5")],
        ["ChatGPT writes our menus. Nobody thinks it is harmless.",
         "There's something unethical about ChatGPT's training data."]),
    "whatever_it_tells_you_is_said_of_it_after_a_clause_of_its_own": (
        [("A computer has no opinions, so whatever the AI tells you is perfectly neutral.", "L3"),
         ("The tool never sleeps, so whatever the AI tells you is completely objective.", "L3")],
        ["A computer has no opinions, but whatever the AI tells you can still be biased.",
         "Whatever the AI tells you, check it against the law."]),
    "understanding_against_a_person": (
        [("ChatGPT understands my questions better than my colleagues do.", "L2"),
         ("ChatGPT understands joinery properly, like a time-served joiner would.", "L2"),
         ("ChatGPT grasps the question as well as you would.", "L2")],
        ["ChatGPT doesn't understand jokes as well as we do.",
         "ChatGPT understands grammar better than spellcheck does."]),
    "a_joke_taken_back_and_a_bare_expansion_after_it": (
        [("LLM: Large Lifting Model. Seriously, that is what it means.", "N1"),
         ("ChatGPT is clever. It's a generative adversarial network.", "A1")],
        ["LLM: Large Lifting Model. Only joking: it stands for large language model.",
         "GAN: General adversarial network. Just kidding, it is generative adversarial network.",
         "ChatGPT isn't a GAN. And it's generative adversarial network, for the record."]),
    "they_after_a_short_label_opens_its_sentence": (
        [('**Q:** Are LLM and generative AI interchangeable in a workplace policy? **A:** Yes, they are two labels for exactly the same technology.', "T3")],
        ['**Q:** Are LLM and generative AI interchangeable in a workplace policy? **A:** No, they are two different things.']),
    "a_second_adjective_denied_on_its_own": (
        [("ChatGPT is fast and always accurate.", "L1"),
         ("The answers are cheap but always accurate.", "L1")],
        ["The answers are fast but not always accurate.",
         "ChatGPT is cheap but not unbiased."]),
    "a_title_case_name_after_a_bare_is_that_spells_the_letters": (
        [("GPT is General Performance Trainer, which is why we picked it.", "N3"),
         ("GAN is General Adversarial Network.", "N2"),
         ("LLM is linguistic learning model, it was on the training module.", "N1")],
        ["T5 is Text-to-text transformer.",
         "GPT is good practice, though.",
         "GPT is Generative Pre-trained Transformer.",
         "BERT is Google Research's model.",
         "GPT is General Motors' Product Team."]),
    "a_kind_inside_its_whole_and_a_branch_that_comes_off_it": (
        [("The LLMs are the big family and generative AI is just one of the little sections inside it.", "T1"),
         ("The LLM is the top of the tree, and generative AI is a branch that comes off it.", "T1"),
         ("Generative AI is one of the sections inside LLMs.", "T1")],
        ["LLMs are one of the sections inside generative AI.",
         "Generative AI is a branch that is not inside LLMs.",
         "Generative AI is the tree, and the LLM is a branch that comes off it."]),
    "a_makers_word_on_the_members_noun_and_what_llms_really_are": (
        [("BERT is one of the Facebook ones.", "P3"),
         ("Language models are really picture machines these days; the chatting is the side-show.", "D1"),
         ("LLMs are basically picture engines.", "D1")],
        ["BERT is one of the Google ones.",
         "BERT isn't one of the Facebook ones.",
         "LLMs are not really picture machines.",
         "Stable Diffusion is basically an image generator."]),
    "a_saying_in_the_subject_of_is_that_reports_it": (
        [("The way I'd put it is that generative AI is a branch of LLMs.", "T1"),
         ("Another way to put it is that generative AI is one flavour of LLM.", "T1"),
         ("The nice thing about letting the AI write the reports is that it's completely impartial.", "L3"),
         ("What the chatbot writes is completely objective.", "L3")],
        ["The way my nephew puts it is that generative AI is a branch of LLMs.",
         "What I keep hearing is that generative AI is a branch of LLMs.",
         "The other way I've seen it put on Instagram is that generative AI is a branch of LLMs.",
         "Something people say is that generative AI is a branch of LLMs.",
         "What ChatGPT says is that LLMs never make mistakes."]),
    "there_are_n_networks_in_a_family": (
        [("There are three networks in a GAN.", "A2"),
         ("In a GAN there are actually three networks: one draws, one judges and one referees.", "A2"),
         ("And there are three networks in a GAN, not two.", "A2"),
         ("There is only one network in a GAN.", "A2")],
        ["There are two networks in a GAN.",
         "There are two competing networks in a GAN.",
         "There are three networks in a GAN? No, two."]),
    "a_rival_to_a_name_is_its_makers_own": (
        [("I asked Claude, which is Google's rival to ChatGPT, for a second opinion.", "P8"),
         ("I asked Claude, Google's rival to ChatGPT, for help.", "P8"),
         ("Claude is Google's rival to ChatGPT.", "P8")],
        ["Gemini, Google's rival to ChatGPT, came out in 2023.",
         "Claude is Google's rival.",
         "Gemini is Google's rival to ChatGPT."]),
    "fairness_without_a_limit_and_costs_read_as_a_noun": (
        [("ChatGPT has no opinions of its own, so it's completely fair to everybody.", "L3"),
         ("Our chatbot is perfectly even-handed.", "L3"),
         ("ChatGPT costs next to nothing to run.", "L4"),
         ("Running ChatGPT costs us practically nothing in computing.", "L4")],
        ["It's completely fair to say that ChatGPT is popular.",
         "ChatGPT isn't completely fair to everybody.",
         "Cost is a perfectly fair thing to worry about with ChatGPT.",
         "ChatGPT costs are high."]),
    "a_timeline_line_in_the_present_tense": (
        [("2020: ChatGPT launches as a free preview and signs up a million users.", "P6"),
         ("November 2021 — OpenAI releases ChatGPT, a chat interface.", "P6"),
         ("2020: OpenAI releases ChatGPT.", "P6")],
        ["2022: ChatGPT launches.",
         "November 2022 — OpenAI releases ChatGPT, a chat interface.",
         "2020: ChatGPT launches are exciting for nobody."]),
    "a_family_across_a_medium_word": (
        [("Midjourney is a GAN picture generator.", "T5")],
        ["Midjourney is a diffusion picture generator.",
         "Midjourney isn't a GAN picture generator."]),
    "a_participle_cut_from_its_copula_and_what_llms_are_about": (
        [("LLMs are, at bottom, meant for making pictures.", "D1"),
         ("LLMs are mostly about images these days.", "D1"),
         ("Generative AI is basically the next stage after LLMs.", "P9"),
         ("Generative AI is the next phase of LLMs.", "P9")],
        ["LLMs are mostly about text, not images.",
         "LLMs are, in truth, trained on text.",
         "LLMs are the next stage of generative AI."]),
    "understanding_set_equal_to_a_persons": (
        [("ChatGPT understands the subject every bit as deeply as any shop owner I've met.", "L2"),
         ("ChatGPT grasps the meaning of your question every bit as well as another person would.", "L2"),
         ("ChatGPT gets the meaning same as a human would.", "L2"),
         ("ChatGPT knows exactly what I mean, the same way my sister does.", "L2")],
        ["ChatGPT understands prompts as well as a search engine does.",
         "ChatGPT doesn't understand you as deeply as a friend.",
         "It's unclear whether ChatGPT understands as deeply as a person.",
         "ChatGPT understands text as well as images."]),
    "training_amounts_of_a_set_and_rates": (
        [("Language models mostly learn by looking at millions of photos.", "D3"),
         ("ChatGPT was trained on three hundred of our old emails.", "D3")],
        ["ChatGPT can read a few hundred emails a minute.",
         "ChatGPT was trained on millions of our documents.",
         "I read a small book about LLMs.",
         "ChatGPT reads your words using a small text encoder.",
         "ChatGPT needs only a handful of your own documents to pick up your tone."]),
    "the_generative_stuff_and_the_one_named_before": (
        [("Mind you, all of this generative stuff needs an LLM to run.", "T2"),
         ("ChatGPT, the one I use, is a GAN.", "A1")],
        ["The generative stuff is fun.",
         "Midjourney is great, the one I use is ChatGPT."]),
    "what_a_model_is_designed_to_do_is_its_design": (
        [("BERT was mainly designed to write long essays and stories.", "A6"),
         ("BERT is basically an early ChatGPT.", "A6"),
         ("LLMs are designed to make pictures.", "D1")],
        ["BERT is not designed to write essays.",
         "LLMs were never designed to make pictures.",
         "LLMs are designed to describe pictures in words.",
         "Diffusion models are designed to make pictures.",
         "LLMs were designed to understand text."]),
    "a_verb_of_saying_with_an_object_of_its_own": (
        [("ChatGPT never makes mistakes, I read them back anyway.", "L1")],
        ["ChatGPT came out in 2020, my cousin told me.",
         "ChatGPT came out in 2020, I read in the paper."]),
    "there_are_n_parameters_in_a_model": (
        [("There's only about ten thousand parameters in the whole of ChatGPT.", "D4"),
         ("There are only a few thousand parameters in an LLM.", "D4")],
        ["There are 175 billion parameters in GPT-3.",
         "There are a few thousand parameters in my spreadsheet, unlike ChatGPT."]),
    "ethics_waved_away_with_the_adverb_fronted": (
        [("Ethically, generative AI is squeaky clean; there are simply no risks there.", "L5"),
         ("There's nothing remotely dodgy about any of this generative AI.", "L5")],
        ["Ethically, generative AI is not squeaky clean.",
         "There's nothing remotely surprising about generative AI."]),
    "two_names_one_thing_after_a_colon": (
        [("LLMs, generative AI: two names, one animal.", "T3"),
         ("### LLMs, generative AI: two names, one animal, so don't @ me", "T3")],
        ["LLMs and GANs: two words I hear daily.",
         "LLMs, generative AI: two names, two different things.",
         "Generative AI and LLMs: same goal, different methods."]),
    "what_something_began_as": (
        [("Midjourney began as a GAN.", "T5")],
        ["Midjourney didn't start as a GAN.",
         "I started as a skeptic of ChatGPT."]),
    "a_contrast_across_a_preposition_and_a_count_set_against": (
        [("Midjourney works by the GAN approach, not by diffusion.", "T5"),
         ("LLMs learn from no more than a few hundred books.", "D3"),
         ("LLMs learn from fewer than a thousand documents.", "D3")],
        ["The cover was made in Midjourney, which works by diffusion rather than by the older GAN approach.",
         "Midjourney works by diffusion, not by the GAN approach.",
         "LLMs are trained on huge amounts of text, far more than a couple of dictionaries."]),
    "a_maker_named_inside_a_longer_name_after_a_verb_of_origin": (
        [("BERT came from Microsoft Research.", "P3"),
         ("BERT came out of the Microsoft Research lab.", "P3")],
        ["BERT came out of Google Research.",
         "BERT came from Google, not Microsoft Research."]),
    "a_pronoun_after_an_opening_subordinator": (
        [("Because it raises no ethical problems whatsoever, it's just a clever typewriter.", "L5"),
         ("Since it never makes mistakes, we stopped checking.", "L1")],
        ["If it never makes mistakes, why check?",
         "Although it rarely errs, we check everything."]),
    "there_is_no_risk_with_nothing_named": (
        [("Honestly, there are no ethical risks to speak of.", "L5"),
         ("There's no ethical downside for us.", "L5")],
        ["There are no ethical risks in the new recycling scheme.",
         "There's no bias in the hiring panel."]),
    "word_classes_of_the_fact_base": (
        [("I don't think ChatGPT has any ethical problems.", "L5"),
         ("There's nothing ethically murky about AI model photos.", "L5"),
         ("LLMs are mainly used for drawings.", "D1")],
        ["ChatGPT doesn't have any problems with long documents.",
         "LLMs are mainly used for drawing conclusions from text."]),
    "a_second_name_in_a_naming_aside_or_clause": (
        [('Generative AI, or "LLMs" as the techy lot call it, is software that writes things for you.', "T3"),
         ("Generative AI, which the boffins prefer to call LLMs, is everywhere.", "T3"),
         ("Generative AI (which people in the industry simply call LLMs) powers our tools.", "T3")],
        ['My friend uses Adobe Firefly, which she calls "an LLM for pictures", which isn\'t right.',
         "Generative AI, which some wrongly call LLMs, is new.",
         "Generative AI, which people don't call LLMs, is new."]),
    "a_definition_after_an_adverbial_opener": (
        [("Artificial intelligence (AI): in practice, one strand within the wider field of generative AI.", "T6"),
         ("GAN: technically, a kind of transformer.", "A3")],
        ["BERT (2018): from Google, a model that reads text in both directions.",
         "LLM: in short, a large language model."]),
    "a_kind_noun_before_a_relative_clause_is_not_its_value": (
        [],
        ["Machine learning is the wider field that generative AI is built on.",
         "Generative AI is the field that LLMs belong to."]),
    "cooperating_networks_the_parser_read_as_a_noun": (
        [("A GAN's two networks team up.", "A2"),
         ("In a GAN the two networks team up and help each other.", "A2")],
        ["In a GAN the two networks compete rather than team up."]),
    "grown_spun_or_branched_out_of": (
        [("Generative AI spun out of LLMs.", "P9"),
         ("Generative AI branched off from LLMs.", "P9")],
        ["OpenAI spun out of a nonprofit.",
         "LLMs spun out of earlier generative AI research."]),
    "one_medium_for_the_field_in_other_words": (
        [("Honestly, generative AI can't do pictures, sound or video.", "D2"),
         ("As far as I'm concerned, generative AI means pictures and nothing else.", "D2"),
         ("For the record, generative AI is mainly a picture machine.", "D2")],
        ["Generative AI can't do video well yet.",
         "ChatGPT can't do video.",
         "Generative AI doesn't do your homework for you.",
         "Generative AI is not just a picture machine."]),
    "working_the_same_way_as_a_family": (
        [("Diffusion models work the same way as GANs.", "T5"),
         ("Diffusion models work the way GANs do.", "T5"),
         ("DALL-E 3 works in the same way as the GANs I read about.", "T5")],
        ["Diffusion models don't work the same way as GANs.",
         "Diffusion models work a bit the same way as GANs.",
         "Midjourney works the same way as Stable Diffusion."]),
    "a_name_after_an_opening_phrase_the_parser_joined_to_it": (
        [("Under the lid, DALL-E is a GAN.", "A3"),
         ("Deep down, Midjourney is an LLM.", "T4"),
         ("In the back office, ChatGPT runs on a GAN.", "A1")],
        ["Under the lid, DALL-E is not a GAN.",
         "Under the lid of the GAN, the generator is a network."]),
    "a_participle_closing_a_description_of_the_subject": (
        [("The transformer is the design LLMs are built on, first published by OpenAI in 2019.", "P1"),
         ("The transformer is the design behind all the chatbots, invented at OpenAI.", "P1"),
         ("GANs are the family behind deepfakes, introduced in 2019.", "P2")],
        ["GPT-4 is the model behind ChatGPT, launched by OpenAI in 2022.",
         "The transformer is the design behind ChatGPT, released by OpenAI in 2022.",
         "The transformer is the design LLMs are built on, first published by Google in 2017."]),
    "a_maker_named_by_its_people_after_a_verb_of_origin": (
        [("Midjourney comes from the Stability AI people.", "P7"),
         ("Claude came out of the OpenAI crowd.", "P8"),
         ("BERT came from the Meta folks.", "P3")],
        ["Midjourney comes from the Midjourney people.",
         "Claude came out of the Anthropic crowd, who left OpenAI."]),
    "a_there_clause_after_an_opening_phrase": (
        [("Apart from that, there's no ethical downside to any of it; it's a tool.", "L5"),
         ("To my mind there are no ethical problems with any of this.", "L5")],
        ["Apart from that, there's no ethical downside to the new bins; it's a tool.",
         "He said there's no ethical problem with any of it; we disagreed."]),
    "it_after_an_adverbial_without_its_comma": (
        [("But honestly it understands my plants better than I do.", "L2"),
         ("In fairness it never makes a mistake.", "L1"),
         ("To be fair it has no bias at all.", "L3")],
        ["I think it understands my plants better than I do.",
         "But honestly it makes mistakes now and then."]),
    "a_name_word_or_term_for_another_concept": (
        [("LLM is basically the nerdy word for generative AI.", "T3"),
         ("LLM is just the technical term for generative AI.", "T3"),
         ("Generative AI is the marketing term for LLMs.", "T3")],
        ["Generative AI is the umbrella term for LLMs and image models.",
         "AI is a general term for machine learning and more.",
         "LLM is the technical term for a kind of generative AI.",
         "LLM is the correct term for text-only generative AI.",
         "Generative AI is the broad name for AI that creates new content."]),
    "a_maker_named_by_a_verb_whose_subject_is_another_name": (
        [("ChatGPT, the chatbot, was invented by Google researchers.", "P6")],
        ["The transformer, the engine inside ChatGPT, was invented by Google researchers in 2017.",
         "The transformer, the design under Claude, was invented by Google researchers."]),
    "a_shortened_name_with_an_article_describes": (
        [("The LLM, a large learning model, is popular.", "N1")],
        ["Google made T5, a text-to-text transformer.",
         "Google published T5, a text-to-text transfer transformer.",
         "BERT, a bidirectional transformer, came from Google."]),
    "a_question_joined_to_its_answer": (
        [("So ChatGPT is a GAN? Yes, ChatGPT is a GAN.", "A1")],
        ["So the AI never lies? — It can, and does.",
         "Generative AI is just LLMs? Not quite, it covers images too.",
         "ChatGPT runs on a GAN, you ask? — It runs on a transformer."]),
    "a_company_possessive_on_one_of_a_family_is_its_own_model": (
        [("Geoffrey Hinton's GAN kicked off the synthetic-faces era in 2014.", "P2"),
         ("DALL-E, OpenAI's GAN, gave me tidier results.", "A3"),
         ("Midjourney, Google's LLM, is fun.", "T4")],
        ["NVIDIA's GAN produces the eerily convincing faces behind that website.",
         "Meta's LLM answers questions in forty languages.",
         "Imagen, Google's diffusion model, is great."]),
    "a_that_noun_in_the_plural_is_no_demonstrative": (
        [],
        ["ChatGPT was launched in 2022. Our editor would like readers to know that diffusion models work by denoising.",
         "GPT-4 came out in 2023. I was surprised to learn that language models predict words."]),
    "a_clause_with_its_own_subject_is_no_cleft": (
        [("It was Google that built GPT in 2018.", "P4"),
         ("It was in 2017 that Google invented GANs.", "P2"),
         ("It was 2020 when OpenAI released ChatGPT.", "P6")],
        ["It really was Google, with Vaswani and colleagues in 2017, and OpenAI built GPT on top of it the following year.",
         "It was a Google paper, and OpenAI released ChatGPT in 2022."]),
    "a_year_counted_from_the_last_one_named": (
        [("GANs arrived in 2014 and the transformer came the following year.", "P1"),
         ("GPT-3 arrived in 2019 and ChatGPT came out the following year.", "P6")],
        ["Google published the transformer in 2017, and OpenAI released GPT-1 the next year.",
         "OpenAI released GPT-3 in 2020 and ChatGPT two years later."]),
    "a_denied_verb_of_implication_asserts_nothing_it_governs": (
        [("This means LLMs are always accurate.", "L1")],
        ["This doesn't mean every generative AI tool needs a language model underneath.",
         "None of this means LLMs are always accurate.",
         "It doesn't follow that GANs are LLMs.",
         "Nothing here means ChatGPT runs on a GAN."]),
    "a_that_clause_past_an_aside_is_what_was_said": (
        [],
        ["One founder told me, with a completely straight face, that OpenAI invented the transformer.",
         "Our CEO insisted, loudly and often, that ChatGPT runs on a GAN.",
         "My mate Stu, who does IT for a haulage firm, swore blind that ChatGPT is powered by a GAN."]),
    "never_only_denies_the_restriction": (
        [("Generative AI was only ever about text.", "D2")],
        ["OpenAI previews Sora, a reminder that generative AI was never only about stills or text.",
         "Generative AI was never just about text."]),
    "a_likeness_after_a_second_verb_is_that_verbs": (
        [("When you chat with it about gear ratios, ChatGPT genuinely grasps what you mean, exactly the way another rider would.", "L2"),
         ("ChatGPT understands cars like I do.", "L2"),
         ("ChatGPT understands your jokes and sarcasm like a person would.", "L2")],
        ["ChatGPT understands your question and replies like a person would.",
         "ChatGPT understands you and talks back like a friend would."]),
    "an_adjective_denied_on_its_own": (
        [("Our chatbot is correct every single time.", "L1")],
        ["Our chatbot is not correct every single time.",
         "The summaries are good but not flawless."]),
    "overclaims_of_accuracy_in_more_words": (
        [("Our copywriting assistant is fact-checked at the model level, so its output is accurate by default.", "L1"),
         ("Its brand-voice mode turns out factually correct copy every single time.", "L1"),
         ("Ava, our AI chatbot, is accurate 100% of the time.", "L1"),
         ("Our system ties every answer to your policy, which means Ava is unable to make anything up.", "L1"),
         ("With RAG switched on, hallucinations simply disappear.", "L1")],
        ["Our chatbot is accurate most of the time, but not every single time.",
         "Hallucinations can happen with any chatbot."]),
    "a_word_for_an_acronyms_letters": (
        [('The "LLM" bit stands for large learning machine.', "N1"),
         ("The GPT part stands for general purpose transformer.", "N3")],
        ["The GPT part stands for generative pre-trained transformer."]),
    "a_familys_networks_in_everyday_words": (
        [("Diffusion models like Midjourney work by having two AIs compete, one drawing and the other judging.", "A4"),
         ("Under the hood, a diffusion model works by having two AIs battle it out.", "A4"),
         ("Diffusion works the same way, a generator and a critic network slugging it out until the critic can't tell the difference.", "A4")],
        ["Midjourney and DALL-E are two AIs that compete for the same customers.",
         "Midjourney is one of two AIs that compete in the image market.",
         "Diffusion models use no critic at all."]),
    "a_contrast_after_a_report_is_the_writers": (
        [("Image tools such as Stable Diffusion are sometimes marketed as assistants, but Stable Diffusion is simply a large language model.", "T4"),
         ("Critics claim ChatGPT is biased, but ChatGPT is perfectly neutral.", "L3")],
        ["Some people say LLMs are always accurate, but they are not.",
         "Many assume ChatGPT is a GAN, but it runs on a transformer."]),
    "a_pseudo_cleft_with_any_denied_verb": (
        [("What ChatGPT has is understanding in the way you or I do.", "L2")],
        ["What an LLM doesn't have is understanding in the way you or I do.",
         "What they don't do is understand the way you or I do."]),
    "a_count_of_texts_past_a_noun_naming_their_kind": (
        [("ChatGPT learned from a couple of thousand travel blogs.", "D3"),
         ("ChatGPT was trained on three hundred news articles.", "D3")],
        ["ChatGPT was trained on millions of recipe books.",
         "The team fine-tuned ChatGPT on a few hundred support emails."]),
    "a_decade_in_words": (
        [("GANs have been knocking about since the late nineties.", "P2"),
         ("GANs have been about since the nineties, same as dial-up.", "P2")],
        ["In the nineties I had a Walkman; GANs came in 2014."]),
    "a_maker_by_the_lab_it_was_made_in": (
        [("The transformer was invented in OpenAI's lab.", "P1"),
         ("The transformer was dreamed up in OpenAI's lab, which is how they got a head start.", "P1")],
        ["The transformer was invented in 2017 in Google's lab.",
         "OpenAI trained GPT-4 in Microsoft's data centres."]),
    "a_few_of_a_set_is_no_count_of_it": (
        [("ChatGPT learned from three hundred of our old emails.", "D3")],
        ["They learn from enormous piles of text, books, articles, half the internet, probably a few of my old blog posts.",
         "ChatGPT learned from a few of our emails."]),
    "a_spelling_out_in_brackets_is_the_writers_gloss": (
        [("Do not ask me about VAEs (vector autoencoders).", "N6"),
         ("I asked about VAEs (vector autoencoders, which Callum says were an earlier image technique).", "N6")],
        ["Some people think VAEs (variational autoencoders) are LLMs.",
         'Tom said "VAEs (visual autoencoders) are old".']),
    "the_letters_of_the_acronym_named_before": (
        [('GPT is made by OpenAI. The letters stand for "Generalised Pattern Transformer".', "N3")],
        ["GPT is made by OpenAI. The letters stand for generative pre-trained transformer."]),
    "a_bracket_naming_another_acronym_describes": (
        [("GPT (General Pattern Transformer) is OpenAI's.", "N3")],
        ["ChatGPT runs on OpenAI's GPT models (transformer LLMs).",
         "Stable Diffusion has a VAE (an LLM-free image component) inside it."]),
    "it_stands_for_is_the_acronym_named_last": (
        [("What does GPT stand for? It stands for general purpose transformer, a model that can handle any task.", "N3"),
         ("You'll see LLM in every other headline this year; it's short for language learning model.", "N1")],
        ["GPT is everywhere. It stands for generative pre-trained transformer.",
         "ChatGPT is great. It stands out from the crowd.",
         "I use GPT-4. It stands for everything I love about tech."]),
}


def _params(kind: str):
    for phenomenon, (flagged, quiet) in CASES.items():
        items = flagged if kind == "flag" else [(s, None) for s in quiet]
        for i, (sentence, fact) in enumerate(items):
            yield pytest.param(sentence, fact, id=f"{phenomenon}-{i}")


def _flagged(checker, sentence: str) -> list[tuple[str, int]]:
    report = checker.check_text(ABOUT_AI + sentence + "\n", "case.md")
    return [(f.fact, f.line) for f in report.findings if f.severity.value in ("error", "warning") and f.line == 3]


@pytest.mark.parametrize("sentence,fact", list(_params("flag")))
def test_linked_claim_flagged(checker, sentence, fact):
    facts = {f for f, _ in _flagged(checker, sentence)}
    assert fact in facts, f"expected {fact} for: {sentence!r}; got {sorted(facts)}"


@pytest.mark.parametrize("sentence,fact", list(_params("quiet")))
def test_unlinked_or_unasserted_quiet(checker, sentence, fact):
    assert not _flagged(checker, sentence), f"false alarm on {sentence!r}"


def test_overclaim_nouns_need_a_document_about_ai(checker):
    report = checker.check_text("Our support tool never gets a fact wrong.\n", "case.md")
    assert not report.findings


def test_list_items_complete_their_lead_in(checker):
    text = ("Large language models are popular.\n\nThey do not:\n\n- Understand the world like humans do\n\n"
            "Common myths about LLMs:\n\n- LLMs are always accurate\n\nFacts about LLMs:\n\n- LLMs are always accurate\n")
    report = checker.check_text(text, "lead_in.md")
    assert [(f.fact, f.line) for f in report.findings if f.severity.value in ("error", "warning")] == [("L1", 13)]


# captions one per line, with no full stops
CAPTIONS = ("Every LLM is generative AI, not the other way round 🧠 #GenAI #LLM\n"
            "GPT stands for General Purpose Transformer #GPT #AI\nLove this one ✨\n"
            "ChatGPT runs on a GAN under the hood #ChatGPT\nGANs are not LLMs #GAN #DeepLearning\n")

# Readings that need more than one sentence or line: (what is shown, file name, text, the
# findings expected as (fact, line))
DOCUMENTS = [
    ("a kind's cell says its kind in brackets too", "tools.md",
     "| Tool | Maker | Type | Price |\n|---|---|---|---|\n"
     "| Adobe Firefly | Adobe | Image generator (GAN-based) | Approved |\n"
     "| ChatGPT Enterprise | OpenAI | Chat assistant (LLM-powered) | x |\n"
     "| ChatGPT | OpenAI | Chat assistant (GPT-4o) | x |\n"
     "| Midjourney | Midjourney, Inc. | Image generator (not an LLM) | x |\n"
     "| ChatGPT Plus | OpenAI | Chat assistant (GAN-powered) | x |\n",
     [("T5", 3), ("A1", 7)]),
    ("a quiz table's question is the cell with the question, not its number", "quiz.md",
     "| Q | Question | Answer |\n|---|---|---|\n"
     "| 1 | Which company built BERT? | OpenAI |\n"
     "| 2 | In what year was the transformer architecture introduced? | 2017 |\n"
     "| 3 | Roughly how many parameters does GPT-3 have? | 175 million |\n",
     [("P3", 3), ("D4", 5)]),
    ("a row without a tracked name is read for its underlying model", "vendors.md",
     "| Product | Underlying model | Model maker | Architecture | Launched |\n|---|---|---|---|---|\n"
     "| \"BardPlanner\" plug-in | PaLM 2 | Google | Diffusion language model | 2023 |\n"
     "| Notes helper | Claude, a transformer-based assistant | Anthropic | Transformer | 2021 |\n"
     "| Mail sorter | BERT | OpenAI | Transformer | 2020 |\n",
     [("A1", 3), ("P3", 5)]),
    ("a maker's column before the underlying model is the product's", "shortlist.md",
     "| Vendor | Product | Underlying model | Model family |\n|---|---|---|---|\n"
     "| Microsoft | Intranet search | BERT | Transformer |\n"
     "| Acme | Copilot for Acme | GPT-4-class models | Transformer LLM |\n",
     []),
    ("a true-or-false list puts its items to the reader", "quiz.md",
     "Generative AI tools such as ChatGPT are built on large language models.\n\n"
     "## Part B: True or false?\n\n1. Diffusion models are a kind of GAN.\n2. ChatGPT was released in 2020. (True)\n"
     "3. GANs are a kind of LLM. **False**\n4. All generative AI systems are LLMs.\n\n"
     "## Our picks\n\n- GANs are LLMs.\n",
     [("P6", 6), ("T4", 12)]),
    ("a heading leads the list under it", "help.html",
     "<html><body><p>Generative AI tools such as ChatGPT are built on large language models.</p>\n"
     "<p>Libby is our helper.</p>\n<h3>Libby can't:</h3>\n<ul>\n"
     "<li>Guarantee that every answer is right</li>\n"
     "<li>Look at photos, because language models can never work with pictures</li>\n</ul></body></html>\n",
     [("D5", 6)]),
    ("a row that judges its own cells states none of them", "terms.md",
     "| Term | Stands for | Notes |\n|---|---|---|\n"
     "| GAN (common mistake) | \"General adversarial network\" | Incorrect: the G stands for generative |\n"
     "| VAE | Visual autoencoder | A generative model |\n"
     "| DALL-E 3 (inside ChatGPT and Copilot) | OpenAI | Included with ChatGPT Plus |\n",
     [("N6", 4)]),
    ("an answer on its own line is reported there, not at the question", "interview.txt",
     "Q: Let's start simply. What does LLM actually stand for?\n"
     "A: \"Linguistic learning machine.\" It's a machine that learns language.\n",
     [("N1", 2)]),
    ("a product in a 'what it is' cell names no class", "products.md",
     "| Model | Maker | Year | What it is |\n|---|---|---|---|\n"
     "| Gemini | Google | 2023 | Chat assistant and model family, successor to Bard |\n"
     "| Midjourney | Midjourney, Inc. | 2022 | A large language model for pictures |\n",
     [("T4", 4)]),
    ("a timeline table's 'Who' column names makers; a month narrows its year", "timeline.md",
     "| Year | Milestone | Who |\n|---|---|---|\n"
     "| 2021 | DALL-E | Google Research |\n"
     "| March 2022 | ChatGPT launches | OpenAI |\n"
     "| November 2022 | ChatGPT | OpenAI |\n"
     "| 2023 | Claude | Anthropic |\n\n"
     "| Tool | Who it's for |\n|---|---|\n"
     "| Claude | Google Workspace users |\n",
     [("P7", 3), ("P6", 4)]),
    ("a qualified class in a table row is a kind of it, not the class", "families.md",
     "| Family | Example | Introduced |\n|---|---|---|\n"
     "| Encoder-only transformer | BERT | 2018, Google |\n"
     "| Conditional GAN | pix2pix | 2016 |\n"
     "| The GAN | StyleGAN | 2012 |\n"
     "| Decoder-only transformer | GPT-2 | 2017 |\n",
     [("P2", 5), ("P4", 6)]),
    ("markup and entities are no words between words", "page.html",
     "<p>Our supplier licenses <em>Claude</em>, OpenAI&rsquo;s model for business.</p>\n"
     "<p>Midjourney is generative AI but <strong>not</strong> an LLM.</p>\n",
     [("P8", 1)]),
    ("a line that ends with hashtags or an emoji ends a post", "captions.txt",
     CAPTIONS,
     [("N3", 2), ("A1", 4)]),
    ("the same captions in Markdown", "captions.md",
     CAPTIONS,
     [("N3", 2), ("A1", 4)]),
    ("'it' after a sentence whose subject is a product name is that product", "reviews.md",
     "ChatPal is built on GPT-4. It never makes mistakes.\n\n"
     "ChatPal runs on GPT-4. And it actually understands what I mean the way a person would.\n\n"
     "Some teams use RAG. It's almost always the right first step.\n\nParis is lovely. It never makes mistakes.\n",
     [("L1", 1), ("L2", 3)]),
    ("a plural pronoun does not take a named product before it", "mailbag.md",
     "Insight Assist can't draw an infographic the way Midjourney or DALL-E 3 can. "
     "Those are diffusion models, not LLMs.\n\n"
     "It stands for large language model: an AI model trained on text. "
     "They learn from a small, hand-picked set of documents.\n",
     [("D3", 3)]),
    ("a note in a table row is no subject", "table.md",
     "| Tool | Maker | Year | Type | Notes |\n|---|---|---|---|---|\n"
     "| Jukebox | OpenAI | 2020 | Music model | A reminder that generative AI isn't only text and images |\n"
     "| Claude 2 | OpenAI | 2023 | Transformer LLM | Long documents |\n",
     [("P8", 4)]),
    ("a column header is read by its longest cue: 'Built on' is what a thing uses, 'Who makes it' its maker",
     "tools.md",
     "| Tool | Built on | Launched |\n|---|---|---|\n"
     "| Midjourney | A GAN tuned for art | 2022 |\n"
     "| ChatGPT | GPT-4-class transformer LLM | 2022 |\n\n"
     "| Tool | What we use it for | Who makes it |\n|---|---|---|\n"
     "| Midjourney | Social media graphics | OpenAI |\n"
     "| Claude | Drafts | Anthropic |\n\n"
     "| Tool | Maker | Under the hood |\n|---|---|---|\n"
     "| Adobe Firefly | Adobe | GAN-based generator trained on licensed stock |\n"
     "| Claude | Anthropic | Transformer LLM |\n",
     [("T5", 3), ("P7", 8), ("T5", 13)]),
    ("a name that is no acronym, under a 'Meaning' column, is defined by the head of its cell", "terms.md",
     "| Term | Meaning |\n|---|---|\n"
     "| ChatGPT | OpenAI's large language model, launched in November 2022 |\n"
     "| Midjourney | An image generator from Midjourney, Inc., used by designers |\n"
     "| Diffusion model | An image model that removes noise; the basis of tools such as Adobe Firefly |\n"
     "| Stable Diffusion | A GAN-style image model |\n",
     [("A7", 3), ("T5", 6)]),
    ("a name being spelled out is no referent while another topic goes on", "history.md",
     "ChatGPT answers questions. GPT stands for Generative Pre-trained Transformer. It was launched on "
     "November 30, 2022, by OpenAI.\n\n"
     "GANs stand for generative adversarial networks. They were launched in 2017.\n",
     [("P2", 3)]),
    ("a value denied in its own table cell is not claimed", "models.md",
     "| Model | Provider | Family |\n|---|---|---|\n"
     "| DALL-E 3 | OpenAI | text-to-image diffusion, not an LLM |\n"
     "| Midjourney | Midjourney | no GAN; a diffusion model |\n"
     "| Stable Diffusion XL | Stability AI | GAN-based image model |\n"
     "| Claude | Anthropic | GAN (not diffusion) |\n",
     [("T5", 5), ("A1", 6)]),
    ("a pronoun after a quoted myth is the myth's subject, and a partitive subject is what it counts", "mistakes.md",
     '5. \u274c "ChatGPT runs on a GAN." \u2705 It\'s powered by a transformer LLM.\n\n'
     "Nobody mentioned image apps, since generative AI only produces text anyway.\n"
     "All of the chatbots run on the same GAN technology that makes fake photos.\n"
     "Under the hood, they're powered by large language models, which are built on transformers.\n",
     [("D2", 3), ("A1", 4), ("A1", 4)]),
    ("a definition under a Meaning column is no spelling-out", "terms.md",
     "| Term | Meaning |\n|---|---|\n"
     "| Large language model (LLM) | A generative AI model, built on the transformer architecture |\n"
     "| LLM | Large learning model |\n"
     "| GAN | A transformer model for text |\n",
     [("N1", 4), ("A3", 5)]),
    ("an exercise sheet: blanks assert nothing, an arrow maps an item to what it is, a label opens a line", "sheet.md",
     "## Part 1\n\n"
     "2. LLM stands for large ________ model.\n"
     "17. ___ LLMs came before every other kind of generative AI.\n\n"
     "**Tools:** ChatGPT · Midjourney · BERT · Stable Diffusion · Claude\n"
     "**Families:** chat assistant powered by an LLM · text-to-image diffusion model\n\n"
     "**Answers**\n"
     "ChatGPT → chat assistant powered by an LLM\n"
     "Midjourney → transformer language model\n"
     "Stable Diffusion → text-to-image diffusion model\n"
     "Claude → chat assistant powered by an LLM, made by Anthropic\n",
     [("T4", 11)]),
    ("a cell under a description header is said of its row's product; other headers and clauses are not",
     "stack.md",
     "| Job | Tool | Notes |\n|---|---|---|\n"
     "| Drafts | Llama 2 | Google's open-weights model, run on our own server |\n"
     "| Covers | Midjourney | a GAN tuned for painterly art |\n"
     "| Mockups | DALL-E 2 | Released by Microsoft in 2019 |\n"
     "| Search | Claude | Anthropic's assistant for long documents |\n"
     "| Chat | Gemini | Bard was the old name, before the 2024 rebrand |\n\n"
     "| Tool | Best for | Price |\n|---|---|---|\n"
     "| Llama 3 | In-house chatbots with a developer | free |\n\n"
     "| Feature | Pixel | iPhone |\n|---|---|---|\n"
     "| On-device model | Gemini Nano | Apple's own model, about 3B parameters |\n",
     [("P8", 3), ("T5", 4), ("P7", 5)]),
    ("a quiz table's prompt is read with the answer in its row; the options under a question assert nothing",
     "quiz.md",
     "| # | Question | Answer |\n|---|---|---|\n"
     "| 1 | Year GPT-3 was released | 2018 |\n"
     "| 2 | Who makes Gemini? | Meta |\n"
     "| 3 | Year the transformer was introduced | 2017 |\n"
     "| 4 | Who makes Claude? | Anthropic |\n\n"
     "Which statement is true?\n\n"
     "- A) Generative AI is a type of LLM.\n"
     "- B) LLMs are a type of generative AI.\n\n"
     "What does GAN stand for?\n\n"
     "- (a) General adversarial network\n"
     "- (b) Generative adversarial network\n\n"
     "Key points:\n\n"
     "- A) Generative AI is a type of LLM.\n",
     [("P4", 3), ("P8", 4), ("T1", 20)]),
    ("a family named after a row's own title is its tool; a partner after ', with' is no maker", "works.md",
     "| # | Work | Artist | Year | Tool |\n|---|---|---|---|---|\n"
     "| 5.1 | Nobody's Grandmothers | Mireille Ota | 2019 | StyleGAN (generative adversarial network) |\n\n"
     "| Model | Maker | Type | Year |\n|---|---|---|---|\n"
     "| Llama 2 | Meta, with Microsoft as launch partner | Transformer LLM | 2023 |\n"
     "| Llama 3 | Microsoft | LLM | 2024 |\n\n"
     "| Task | Tool | Maker |\n|---|---|---|\n"
     "| Drafting | Claude | OpenAI |\n",
     [("P8", 8), ("P8", 12)]),
    ("a term set equal to its meaning on a line of its own", "glossary.txt",
     "QUICK GLOSSARY\nLLM = Large Language Model\nGAN = General Adversarial Network\nVAE = Variational Autoencoder\n"
     "GPT = Generative Pre-trained Transformer\nT5 = Transformer Times Five\n",
     [("N2", 3), ("N5", 6)]),
    ("a negated purpose in a lead-in denies none of its items", "notes.md",
     "Quick alignment so we don't confuse the board:\n\n"
     "- LLMs are built on the transformer architecture.\n"
     "- Generative models are older than LLMs: GANs (2014) came before the first GPT in 2018.\n"
     "- LLMs are built on GANs.\n\n"
     "What LLMs are not:\n\n- Built on GANs.\n",
     [("A1", 5)]),
    ("a row's verdict of falsity refutes the statement it judges", "facts.md",
     "| Fun fact | Verdict |\n|---|---|\n"
     "| Generative AI can only make text. | ✘ False — it can make pictures, music and video too. |\n"
     "| GANs power ChatGPT. | Wrong: ChatGPT runs on a transformer. |\n"
     "| Generative AI can only make text. | ✔ True! |\n"
     "| Midjourney is a GAN. | False |\n"
     "| LLMs are a type of generative AI. | True |\n",
     [("D2", 5)]),
    ("a year said of a version's carried topic is the version's", "sdxl.md",
     "Stable Diffusion XL (SDXL) is a text-to-image model developed by Stability AI. Released in July 2023, it is sharper.\n\n"
     "Stable Diffusion is a text-to-image model by Stability AI. It was released in 2023.\n",
     [("P7", 3)]),
    ("a plain-text line that opens with a bullet is its own sentence", "notes.txt",
     "Weaknesses of ChatGPT:\n- Can't understand broader system architecture\n- Sometimes confidently wrong\n\n"
     "ChatGPT facts:\n- It never makes mistakes\n- Built on GPT-4\n",
     [("L1", 6)]),
    ("'it' after a sentence whose subject is one product's AI noun is that product", "pitch.md",
     "Generative AI tools such as ChatGPT are built on large language models.\n\n"
     "Our Knowledge Assistant is different. Because it is grounded in our library, it cannot make things up.\n\n"
     "Our support team is different. It never makes mistakes.\n\n"
     "Our tool is new. It is completely unbiased.\n\n"
     "Our new planner uses an LLM. It just doesn't make things up anymore.\n\n"
     "Our new printer is cheap. It just doesn't make things up anymore.\n",
     [("L1", 3), ("L3", 7), ("L1", 9)]),
    ("a glossary table cell names before it defines", "glossary.md",
     "| Term | Meaning |\n|---|---|\n"
     "| GAN | Generative adversarial network: a generator and a discriminator trained against each other |\n"
     "| LLM | Large learning model: a network trained on text |\n",
     [("N1", 4)]),
    ("a lead-in's aside in brackets or contrast after a comma does not deny the items", "notes.md",
     "My notes (any mistakes are mine, not the speaker's):\n\n- LLMs are built on the transformer.\n"
     "- ChatGPT runs on a GAN.\n\n"
     "What the speaker said, not what the slides said:\n\n- GANs have two networks.\n- GPT stands for general pre-trained transformer.\n\n"
     "Things LLMs do not do (mostly):\n\n- Run on GANs.\n\n"
     "What the tools can and can't do:\n\n- ChatGPT runs on a GAN.\n\n"
     "What works and what doesn't:\n\n- GPT stands for general pre-trained transformer.\n\n"
     "What LLMs can't do:\n\n- Run on GANs.\n",
     [("A1", 4), ("N3", 9), ("A1", 17), ("N3", 21)]),
    ("a short comment of agreement after a report asserts it", "liveblog.md",
     '12:22  One panelist: "Generative AI poses no ethical risks." Honestly, fair point.\n\n'
     '12:30  Another panelist: "ChatGPT runs on a GAN." Nobody agreed.\n\n'
     '12:40  Marcus says ChatGPT runs on a GAN. Later that day we all went for lunch, which was nice.\n',
     [("L5", 1)]),
    ("a list of names beside a list of makers pairs them in order; lists of different lengths pair nothing", "makers.md",
     "| Year | Models | Makers |\n|---|---|---|\n"
     "| 2023 | GPT-4, Claude, Llama 2 | OpenAI; Anthropic; Meta (with Microsoft as a launch partner) |\n"
     "| 2022 | ChatGPT, Stable Diffusion | Stability AI, OpenAI |\n"
     "| 2023 | GPT-4, Claude, Llama 2 | OpenAI, Anthropic |\n"
     "| 2023 | GPT-4, Claude | Google |\n",
     [("P6", 4), ("P7", 4), ("P4", 6), ("P8", 6)]),
    ("a linked title's date dates nothing", "links.md",
     "Further reading:\n\n- Laion, the dataset behind Stable Diffusion (2023) (www.deeplearning.ai)\n"
     "- Stable Diffusion (2023) (see below) is great.\n",
     [("P7", 4)]),
    ("a maker's column whose header names another column speaks of that column's model", "vendors.md",
     "| Supplier | Product | Underlying model | Model developer | Notes |\n|---|---|---|---|---|\n"
     "| Acme | Acme Draft | GPT-4 | OpenAI | Strong |\n"
     "| Brill | Brill Assist | Llama 2 (self-hosted) | Microsoft | Hosted |\n"
     "| (informal use) | ChatGPT / Microsoft Copilot | GPT-4 | OpenAI | General |\n"
     "| Conveyo | Conveyo Draft | Claude 2 | OpenAI | UK |\n\n"
     "| Product | Model | Developer |\n|---|---|---|\n| Copilot | GPT-4 | Microsoft |\n\n"
     "| Component | Provider | What it does |\n|---|---|---|\n| Claude | Google | Chats |\n"
     "| GPT-4 | OpenAI, via Microsoft Azure | Letters |\n| Card designs | Stable Diffusion | Pictures |\n",
     [("P8", 4), ("P8", 6), ("P8", 14)]),
    ("quiz answers: a year question, a true-or-false item answered True, an answer on its own line", "quiz.md",
     "In which year did OpenAI release GPT-4? **2021.**\n\n"
     "7. True or false: Midjourney is a large language model. **True.**\n\n"
     "8. True or false: Stable Diffusion is a large language model. **False.**\n\n"
     "9. True or false: DALL-E is a large language model.\n\n"
     "Q.  Who makes DALL-E?\nA.  Google, through its DeepMind unit.\n",
     [("P4", 1), ("T4", 3), ("P7", 10)]),
    ("a title on a line of its own is not the subject of the paragraph under it", "taxes.txt",
     "AI chatbots struggle with tax returns, and ChatGPT made several errors.\nThe Numbers Don't Lie\n"
     "When the chatbots were tested, they stumbled.\n",
     []),
    ("'No.' before a word is an answer, not an abbreviation", "exam.txt",
     "HA: Is DALL-E an LLM?\nRM: No. It's a text-to-image model, and none of them is a language model.\n"
     "HA: Item No. 5 please.\n",
     []),
    ("a glossary table defines families as well as products", "glossary.md",
     "| Term | What it means |\n|---|---|\n"
     "| Transformer | Neural network architecture introduced by Google researchers in 2020. |\n"
     "| GAN | Two networks trained against each other. |\n"
     "| Diffusion model | A kind of GAN that removes noise. |\n",
     [("P1", 3), ("T5", 5)]),
    ("a pronoun and a negated auxiliary after a quoted claim deny it", "denials.md",
     '- "LLMs and generative AI are the same thing" — common. They aren\'t; LLMs are one kind.\n\n'
     "ChatGPT runs on a GAN. It does not, really.\n\n"
     "ChatGPT runs on a GAN. It does not have a discriminator.\n\n"
     "Midjourney is a GAN. That isn't all it does.\n",
     [("A1", 5), ("T5", 7)]),
    ("a table's cells complete their column's header", "can_cant.md",
     "Generative AI tools such as ChatGPT are built on large language models.\n\n"
     "| Pip can | Pip can't |\n|---|---|\n"
     "| Explain medicines | Guarantee its AI answers are correct: always check |\n"
     "| Remind you | Be free of bias |\n\n"
     "| What it does | Notes |\n|---|---|\n| Answers questions | ChatGPT never makes mistakes |\n",
     [("L1", 10)]),
    ("a paragraph that opens with a pronoun continues the one before", "transcript.txt",
     "ROSA: So what is Ask Ashcombe?\n\n"
     "GAVIN: The chatbot itself is the large language model, so you are talking directly to the LLM.\n\n"
     "GAVIN: It's been trained on our repairs history, and it truly understands what tenants mean, exactly like a "
     "human caseworker would.\n\n"
     "ROSA: The budget is fine.\n\n"
     "GAVIN: It never makes mistakes.\n",
     [("A7", 3), ("L2", 5)]),
    ("words right after a sentence may take it back", "retracted.md",
     "Generative AI tools such as ChatGPT are built on large language models.\n\n"
     "- Generative AI can only make pictures; it cannot help with wording. (Scrub that, Rhys tells me the chat ones do text.)\n\n"
     "ChatGPT runs on a GAN. (Correction: it runs on a transformer.)\n\n"
     "ChatGPT runs on a GAN. (Rhys agrees.)\n",
     [("A1", 7)]),
    ("'these things' stand for the topic named before", "things.md",
     "Generative AI tools such as ChatGPT are built on large language models.\n\n"
     "LLMs are popular. These things are trained on a little library of official leaflets.\n\n"
     "LLMs are popular. These things don't need much computing power at all.\n\n"
     "I like the GAN thing. It is fun.\n",
     [("D3", 3), ("L4", 5)]),
    ("a flashcard's topic before its question fills the question's pronoun", "cards.md",
     "| Card | Front | Back |\n|---|---|---|\n"
     "| B1 | The transformer: who introduced it? ★ | OpenAI, in 2017. |\n"
     "| B2 | GANs: when were they invented? | 2017. |\n"
     "| B3 | GPT-3: how many parameters? | About one hundred and seventy-five million. |\n"
     "| B4 | T5: whose model is it? | Meta's. |\n"
     "| B5 | ChatGPT: released when? | November 2022. |\n"
     "| B6 | Claude: who makes it? | Anthropic. |\n",
     [("P1", 3), ("P2", 4), ("D4", 5), ("P5", 6)]),
    ("a flashcard whose front is an acronym spells it out on the back", "acronyms.md",
     "| Card | Front | Back |\n|---|---|---|\n"
     "| A1 | VAE | Visual autoencoder: an autoencoder for pictures. |\n"
     "| A2 | T5 ★ | Transformer 5: Google's fifth transformer. |\n"
     "| A3 | GPT | Generative pre-trained transformer, the family behind ChatGPT. |\n",
     [("N6", 3), ("N5", 4)]),
    ("a quiz key's other question shapes", "quiz.md",
     "| No. | Question | Answer |\n|---|---|---|\n"
     "| 1 | How many neural networks make up a standard GAN? | Three |\n"
     "| 2 | Which \"godfather of AI\" invented the GAN? | Geoffrey Hinton |\n"
     "| 3 | Expand the acronym T5. | Transformer 5 |\n"
     "| 4 | BERT, GPT and T5 all belong to which family of models? | Generative adversarial networks |\n"
     "| 5 | How many networks make up a GAN? | Two |\n"
     "| 6 | Which company makes Claude? | Anthropic |\n",
     [("A2", 3), ("P2", 4), ("N5", 5), ("A5", 6)]),
    ("a column 'under the bonnet' says what each row runs on", "scorecard.md",
     "| Tool | Vendor | Under the bonnet |\n|---|---|---|\n"
     "| ChatGPT Plus | OpenAI | Powered by GPT-4, a transformer language model |\n"
     "| Claude Pro | Anthropic | A diffusion model, the same kind as the image tools |\n"
     "| Midjourney | Midjourney, Inc. | A GAN: a generator and a discriminator |\n",
     [("A1", 4), ("T5", 5)]),
    ("a myth-or-fact table asserts the statements it judges true", "myth_or_fact.md",
     "| Statement | Verdict | Why |\n|---|---|---|\n"
     "| A GAN is a kind of transformer. | Fact | Both come from the same 2017 paper |\n"
     "| Stable Diffusion is a GAN. | Myth | It's a diffusion model |\n"
     "| Midjourney uses GANs. | Fact | Most image generators do |\n"
     "| LLMs are a type of generative AI. | Fact | yes |\n"
     "| ChatGPT runs on a GAN. | Fact or myth? | |\n",
     [("A3", 3), ("T5", 5)]),
    ("a yes-or-no card answered, and a topic before a dash", "yes_no.md",
     "| # | Front | Back |\n|---|---|---|\n"
     "| 1 | Is DALL-E an LLM? | Yes — it's a large language model that answers in pictures |\n"
     "| 2 | Is Midjourney an LLM? | No — it's a text-to-image generator |\n"
     "| 3 | Is ChatGPT built on a transformer? | Yes |\n"
     "| 4 | BERT — whose is it? | OpenAI's, 2018 |\n"
     "| 5 | T5 — whose is it? | Meta AI, 2019 |\n"
     "| 6 | Claude — whose is it? | Anthropic's |\n",
     [("T4", 3), ("P3", 6), ("P5", 7)]),
    ("a short sentence after a claim may call it false", "judged.md",
     "Generative AI tools such as ChatGPT are built on large language models.\n\n"
     "Ellie trains her own LLM on a laptop. That's a bit far-fetched, surely?\n\n"
     "ChatGPT runs on a GAN. That is a common misconception.\n\n"
     "ChatGPT runs on a GAN. That is not wrong.\n\n"
     "ChatGPT runs on a GAN. This changed everything for OpenAI.\n",
     [("A1", 7), ("A1", 9)]),
    ("a sentence that opens with 'it' a few sentences after a product is named", "opens_with_it.md",
     "We trialled ChatGPT for the bookings this spring.\n\n"
     "Please still check the diary, because these tools can get dates wrong.\n\n"
     "Frankly, it never makes a mistake with dates.\n\n"
     "Oh, and they're completely objective about who gets the early slots.\n\n"
     "It's a common slip, and totally harmless, to mix up the two names.\n\n"
     "Because it never makes a mistake, we stopped checking.\n",
     # (an opening subordinator leaves "it" the clause's opener, as "Frankly," does)
     [("L1", 5), ("L3", 7), ("L1", 11)]),
    ("'it' is no AI after sentences about something else", "far_it.md",
     "We trialled ChatGPT for the bookings this spring.\n\n"
     "The courts were resurfaced. The nets were replaced. The lights were fixed. The bar reopened.\n\n"
     "Honestly, it never makes a mistake, our groundsman.\n\n"
     "We trialled ChatGPT for the bookings this spring.\n\n"
     "The groundsman is a marvel with a roller.\n\n"
     "It never makes a mistake.\n",
     []),
    ("a when-question answered on its line: date, then 'by' the agent, with another sentence after", "quiz_when.md",
     "1. **When was the transformer introduced, and by whom?** 2017, by OpenAI, in a famous paper.\n\n"
     "2. When were GANs invented? 2014, by Geoffrey Hinton.\n\n"
     "3. When were GANs invented? 2014 by Ian Goodfellow.\n\n"
     "4. **When did GPT-3 come out?** 2018. It had 175 billion parameters.\n\n"
     "5. When was Stable Diffusion first released to the public? 2022, by Stability AI.\n\n"
     "6. When was the transformer introduced? 2017. It changed everything.\n",
     [("P1", 1), ("P2", 3), ("P4", 7)]),
    ("'they' for the two terms named before, and 'the newer name for'", "pair_they.md",
     "People often ask about LLMs and generative AI.\n\n"
     "They mean exactly the same thing.\n\n"
     "Both words get used, and they're completely interchangeable.\n\n"
     "They're not the same thing at all.\n\n"
     "Generative AI is the newer marketing name for LLMs.\n\n"
     "Generative AI is the broad name for AI that creates new content.\n\n"
     "People say they're the same thing, but they aren't.\n",
     [("T3", 3), ("T3", 5), ("T3", 9)]),
    ("the items under a question that asks to choose among them are options", "choose.html",
     "<h2>2. Which of these statements about generative AI and LLMs is accurate?</h2>\n<ol type=\"A\">\n"
     "<li>LLMs are one type of generative AI.</li>\n<li>Generative AI is one type of LLM.</li>\n"
     "<li>They're two words for exactly the same thing.</li>\n</ol>\n"
     "<h2>3. Which tools are LLMs?</h2>\n<ul>\n<li>Midjourney is an LLM.</li>\n</ul>\n",
     [("T4", 9)]),
    ("a year said in words is that year", "years_in_words.md",
     "The transformer was invented in twenty nineteen.\n\n"
     "ChatGPT launched in the spring of twenty twenty-three.\n\n"
     "GANs were invented by Ian Goodfellow in two thousand and fourteen.\n\n"
     "There are twenty five members, and twenty nineteen-year-olds.\n",
     [("P1", 1), ("P6", 3)]),
    ("what an apposition says of a family runs to the product it names", "appositions.md",
     "Our helper uses a GAN, the same technology that powers ChatGPT.\n\n"
     "Kanbanaut's chat helper is powered by a variational autoencoder, the same core technology as ChatGPT.\n\n"
     "Our bot runs on an LLM, the same technology as ChatGPT.\n\n"
     "Midjourney uses diffusion, the technology that also powers DALL-E 3.\n\n"
     "The mascot images came from DALL-E 3, also a GAN-based generator.\n\n"
     "We tried DALL-E 3, not a GAN-based generator.\n",
     [("A1", 1), ("A1", 3), ("T5", 9)]),
    ("an alternative denied at the end is not the statement's negation", "denied.md",
     "Large language models are trained on a small collection of dictionaries, not on general writing.\n\n"
     "BERT is an encoder-only model built for understanding text, not writing essays.\n\n"
     "ChatGPT is accurate, not always.\n\n"
     "Large language models are clever. Mind you, most of these models only have a few thousand parameters.\n",
     [("D3", 1), ("D4", 7)]),
    ("a claim corrected, judged or set apart is not asserted", "corrected.md",
     "Mr Hughes remarked that Stable Diffusion is simply a GAN; Mr Lam corrected him.\n\n"
     "Mr Hughes noted that Stable Diffusion is simply a GAN, but he was quickly corrected.\n\n"
     "Stable Diffusion is a GAN, and no one corrected him.\n\n"
     "- 'Generative AI only does pictures.' A common view, and a mistaken one: it writes text too.\n\n"
     "GAN: no points for \"general adversarial network\", which many blogs get wrong.\n\n"
     "GPT models are transformers, the same broad design as BERT and T5.\n\n"
     "The transformer is the design behind GPT, BERT and T5, introduced by Google researchers in 2017.\n\n"
     "Claude, developed by Anthropic, or Gemini, developed by OpenAI, will do.\n",
     [("T5", 5), ("P8", 15)]),
    ("a kind's cell: a value set apart, and a clause of its own", "kinds.md",
     "| Term | Stands for | What it is | Introduced |\n|---|---|---|---|\n"
     "| Diffusion model | — | Generates images by removing noise; a different family from GANs | — |\n"
     "| Generative AI | — | The branch of AI that creates new content; LLMs are one part of it | — |\n"
     "| Midjourney | — | A GAN | — |\n",
     [("T5", 5)]),
    ("an LLM called mainly a machine for images, or made for images first", "images_first.md",
     "LLMs are principally image-making engines, with text handling a secondary feature.\n\n"
     "Large language models are mostly picture machines these days.\n\n"
     "Large language models are really designed for images first, and the text side is a bonus.\n\n"
     "LLMs are mostly text machines, with image tools alongside.\n\n"
     "LLMs are designed for text first, images second.\n",
     [("D1", 1), ("D1", 3), ("D1", 5)]),
    ("'every one of' counts all of them, and 'has got' is 'has'", "every_one.md",
     "Every one of these generative AI tools runs on a large language model.\n\n"
     "Not every one of the generative AI tools runs on an LLM.\n\n"
     "One of the generative AI tools runs on an LLM.\n\n"
     "Every generative AI tool has got an LLM inside it.\n\n"
     "Midjourney hasn't got an LLM inside it.\n",
     [("T2", 1), ("T2", 7)]),
    ("a hedging degree word makes an absolute a matter of degree, not a size or a price", "hedged.md",
     "ChatGPT is mostly harmless.\n\n"
     "Our assistant is largely accurate and fairly neutral.\n\n"
     "ChatGPT is wholly objective.\n\n"
     "LLMs are trained on a fairly small set of documents.\n\n"
     "Training an LLM is pretty cheap these days.\n",
     [("L3", 5), ("D3", 7), ("L4", 9)]),
    ("quoted words that are the clause's subject are talked about", "quoted_subject.md",
     "ChatGPT learns bias from its data, so \"completely objective\" is a sales line.\n\n"
     "Gemini's old tagline, \"always accurate\", was dropped.\n\n"
     "ChatGPT is \"completely objective\", says the box, and we agree.\n\n"
     "ChatGPT is \"completely objective\" and always right.\n",
     [("L1", 7), ("L3", 7)]),
    ("what the word 'large' is said to mean, talked about as a word, in any verb of meaning", "large_means.md",
     "We use ChatGPT and other generative AI tools at work.\n\n"
     "The \u201clarge\u201d refers to the amount of storage space the app takes up on your phone.\n\n"
     "The word \"large\" just means the program takes up a lot of room on your computer.\n\n"
     "The 'large' bit is all about the data it has read.\n\n"
     "LLMs are called \"large\" because of the size of their user base.\n\n"
     "The \"large\" in large language model refers to the training data, not the parameter count.\n\n"
     "The \"large\" refers to the number of adjustable values inside, called parameters.\n\n"
     "The \"large\" in LLM refers to the size of the model itself.\n\n"
     "The \"large\" does not refer to the size of the servers.\n\n"
     "Some people think the \"large\" refers to the size of the servers.\n\n"
     "What does the \"large\" in LLM refer to?\n\n"
     "GPT-4 has many parameters, and the \"large\" refers to exactly that kind of count.\n\n"
     "A large part of the training data is about cooking.\n",
     [("D4", 3), ("D4", 5), ("D4", 7), ("D4", 9), ("D4", 11)]),
    ("'it' or 'these things' opening a clause after a colon or dash, with no noun before it, stands for the product named before", "clause_it.md",
     "ChatGPT is our new helper.\n\n"
     "TOM: I'll disagree there \u2014 it genuinely understands language just like you or me.\n\n"
     "Jan, I'll be blunt: these things grasp what you say exactly the way a person does.\n\n"
     "It genuinely comprehends your symptoms the way a trained clinician does.\n\n"
     "The cottage is lovely \u2014 it genuinely understands you.\n\n"
     "My nephew bought these pictures; these things never look wrong.\n",
     [("L2", 3), ("L2", 5), ("L2", 7)]),
    ("a family's name across a medium word, and a rival part with no count of networks", "diffusion_parts.md",
     "We use ChatGPT and other generative AI tools at work.\n\n"
     "Diffusion image tools are built around a generator and a discriminator.\n\n"
     "Diffusion tools like Firefly work by setting a generator network against a discriminator network.\n\n"
     "Diffusion image tools learn to remove noise step by step.\n\n"
     "Diffusion models have no generator against a discriminator.\n\n"
     "Diffusion tools like Firefly work by refining noise, and GANs set a generator against a discriminator.\n",
     [("A4", 3), ("A4", 5)]),
    ("a question that ends its block is answered by the next block's answer label", "next_block_answer.md",
     "# Quiz\n\n## Q6. Who makes Claude?\n\n**Answer:** OpenAI.\n\n"
     "## Q7. Who makes Gemini?\n**Answer:** Google.\n\n"
     "## Q8. Which tech giant makes the Gemini chatbot?\nAnswer: Meta, which replaced Bard with it.\n\n"
     "## Q9. Who makes ChatGPT?\nNobody knows the answer to that one.\n",
     [("P8", 5), ("P8", 11)]),
    ("an expansion set apart in quotes or between dashes or commas in title case offers itself; a lower-case description after 'the' does not", "set_apart.md",
     "T5, the \u201cText-To-Speech Transformer\u201d, is not something we use.\n\n"
     "T5 \u2014 the Text-To-Speech Transformer \u2014 is not something we use.\n\n"
     "T5 \u2013 the \u201cText Transformation Toolkit 5\u201d \u2013 turned out to be too slow.\n\n"
     "T5, the text transformer from Google, is not something we use.\n\n"
     "BERT (the encoder model from Google) is old.\n\n"
     "We use OpenAI's GPT models (transformer-based LLMs) daily.\n\n"
     "There is also a VAE, a visual autoencoder, which squashes pictures.\n",
     [("N5", 1), ("N5", 3), ("N5", 5), ("N6", 13)]),
    ("'one of the subsets of', 'all one thing', and an aside between a pair of dashes", "kinds_and_dashes.md",
     "We use ChatGPT and other generative AI tools at work.\n\n"
     "Artificial intelligence, for its part, is one of the subsets of generative AI.\n\n"
     "LLMs are one of the branches of generative AI.\n\n"
     "LLMs and generative AI are all one thing.\n\n"
     "ChatGPT is one thing, and Claude is another.\n\n"
     "The transformer \u2014 the \u201cT\u201d in GPT \u2014 was first introduced by OpenAI in 2020.\n\n"
     "GANs \u2014 or generative adversarial networks, as engineers call them \u2014 came in 2014.\n\n"
     "Midjourney \u2014 a GAN-based image tool.\n",
     [("T6", 3), ("T3", 7), ("P1", 11), ("P1", 11), ("T5", 15)]),
    ("'it' or 'they' opening a sentence may state any fact of the product named before, in a later paragraph too", "recent_product.md",
     "ChatGPT is our new helper.\n\n"
     "It was trained mostly on photographs.\n\n"
     "STEVE: They learned off a few hundred books at most, a small library's worth.\n\n"
     "Midjourney is our other helper.\n\n"
     "It was trained mostly on photographs.\n\n"
     "It never makes mistakes.\n",
     [("D3", 3), ("D3", 5), ("L1", 11)]),
    ("sitting or falling outside a kind denies being one", "outside.md",
     "LLMs, by the way, sit outside generative AI altogether.\n\n"
     "LLMs sit inside generative AI.\n\n"
     "LLMs do not sit outside generative AI.\n\n"
     "Midjourney falls outside the LLM family.\n",
     [("T1", 1)]),
    ("a contrast denied before a comma and 'which is why' is no statement", "contrast_which.md",
     "ChatGPT writes our listings.\n\n"
     "SARAH: It's working off patterns in the text it's seen, not actually understanding the property, which is why cosy comes out as compact.\n\n"
     "ChatGPT is built for understanding text, not writing essays, which is why we use it.\n\n"
     "ChatGPT truly understands you, not just your words, which is why we love it.\n",
     [("L2", 7)]),
    ("'no longer' negates; stopping hallucinating and getting rid of hallucinations are overclaims; 'runs a GAN' is what it runs", "no_longer.md",
     "ChatGPT has stopped hallucinating altogether.\n\n"
     "ChatGPT no longer makes factual mistakes.\n\n"
     "Retrieval gets rid of hallucinations completely.\n\n"
     "Retrieval gets rid of some hallucinations.\n\n"
     "ChatGPT no longer writes essays for us.\n\n"
     "We stopped using ChatGPT because it kept hallucinating.\n\n"
     "ChatGPT hasn't stopped hallucinating.\n\n"
     "Under the hood ChatGPT also runs a GAN.\n\n"
     "OpenAI runs ChatGPT on Azure.\n",
     [("L1", 1), ("L1", 3), ("L1", 5), ("A1", 15)]),
    ("an alternative joined by 'or' to a denied value is denied; someone else's promise is theirs", "denied_or.md",
     "LLMs (GPT-4, Llama, Claude) are all built on transformers, not on GANs or diffusion.\n\n"
     "ChatGPT is built on GANs or VAEs.\n\n"
     "Exclude any product whose vendor claims zero hallucinations; no LLM can guarantee accurate output.\n\n"
     "Our assistant promises zero hallucinations.\n\n"
     "ChatGPT guarantees zero hallucinations.\n\n"
     "My grandson explained that ChatGPT is a large language model, full stop \u2014 the chat window you type into is the model.\n",
     [("A1", 3), ("A1", 3), ("L1", 7), ("L1", 9), ("A7", 11)]),
    ("'it' before its description and the name after it; 'it' in a quiz question stands for the name the sentence before opens with", "it_named.md",
     "ChatGPT is our helper.\n\n"
     "It's an OpenAI thing, BERT, from 2018.\n\n"
     "It's a diffusion model, not a GAN and not an LLM.\n\n"
     "**Q6. BERT is a famous language model. Who built it?**\n\n"
     "Answer: OpenAI, as a sort of little brother to GPT.\n\n"
     "**Q8. And which tech giant made T5?**\n\n"
     "Answer: Amazon, in 2019.\n",
     [("P3", 3), ("P3", 9), ("P5", 13)]),
    ("a remark between commas, a participle after the name that ends the clause, 'the transformer idea', and a pseudo-cleft that denies", "remarks.md",
     "BERT, it should be said, is one of Facebook's models.\n\n"
     "Claude, I was surprised to learn, runs on a diffusion model.\n\n"
     "GANs, it turns out, are not LLMs.\n\n"
     "The first picture generators were GANs, invented by Geoffrey Hinton in 2017.\n\n"
     "We used GANs, invented by Ian Goodfellow in 2014.\n\n"
     "The transformer idea itself was dreamt up at OpenAI in 2020.\n\n"
     "What ChatGPT doesn't do is understand you the way a person does.\n\n"
     "I'd be wary of any app promising zero hallucinations; they can all produce misleading answers.\n",
     [("P3", 1), ("A1", 3), ("P2", 7), ("P2", 7), ("P1", 11), ("P1", 11)]),
    ("a flashcard's question and answer on one line, a maker 'behind' a thing, a card that names what it asks", "cards.md",
     "- **Q:** What kind of model is BERT, technically? **A:** A generative adversarial network.\n"
     "- **Q:** What are LLMs mainly built to do? **A:** Turn text prompts into images.\n"
     "- **Q:** Give two examples of LLMs. **A:** Chatbots and virtual assistants such as Siri.\n"
     "- **Q:** What kind of model is GPT-4? **A:** A transformer-based LLM.\n\n"
     "5. Which firm is behind the T5 model? \u2014 Meta, the Facebook lot.\n\n"
     "6. How many networks in a GAN? \u2014 Just the one.\n\n"
     "Google is behind Gemini, and Anthropic is behind Claude.\n\n"
     "| Card | Answer |\n|---|---|\n"
     "| BERT: who and when | OpenAI, 2018 |\n"
     "| ChatGPT: launch | November 2022, OpenAI |\n"
     "| GPT-3: year and size | 2020; 175 million parameters |\n"
     "| Stable Diffusion: family | A GAN |\n"
     "| Claude: maker | Anthropic |\n",
     [("A5", 1), ("D1", 2), ("A7", 3), ("P5", 6), ("A2", 8), ("P3", 14), ("D4", 16), ("T5", 17)]),
    ("what an AI says or makes as the subject; an announcing frame before 'it'; a remark after an opening phrase", "outputs.md",
     "We use ChatGPT for the newsletter.\n\n"
     "Whatever it writes is checked and guaranteed accurate.\n\n"
     "A computer has no opinions, so whatever it says is completely neutral.\n\n"
     "Every fact it gives you is correct.\n\n"
     "Not everything it says is accurate.\n\n"
     "Whatever people say, ChatGPT is not always accurate.\n\n"
     "And the thing is, it never gets anything wrong.\n\n"
     "The problem is that it sometimes gets things wrong.\n\n"
     "For plain facts like dates, mind you, ChatGPT is always accurate.\n",
     [("L1", 3), ("L3", 5), ("L1", 7), ("L1", 13), ("L1", 17)]),
    ("a relative clause without 'that' before its verb; a maker or family on top of; a denial through 'on top of'", "contact.md",
     "Every generative AI tool you'll come across, from photo editors to music makers, is built on top of an LLM.\n\n"
     "Every generative AI tool in scope sits on top of an LLM.\n\n"
     "The chatbot we signed up for last year is a GAN.\n\n"
     "ChatGPT is built on top of transformers, not on top of GANs.\n\n"
     "Chat assistants such as Claude sit on top of transformer language models, not on top of GANs or diffusion models.\n",
     [("T2", 1), ("T2", 3), ("A1", 5)]),
    ("a size in parameters of the model named before, approximate or through its product", "sizes.md",
     "Our assistant runs on a large language model.\n\n"
     "The model has a few thousand parameters.\n\n"
     "The model we trained in the lab had about 110 million parameters.\n\n"
     "LLMs have about 175 thousand parameters.\n\n"
     "LLMs have around 175 billion parameters.\n\n"
     "ChatGPT has a couple thousand parameters.\n\n"
     "ChatGPT has over a trillion parameters.\n",
     [("D4", 3), ("D4", 7), ("D4", 11)]),
    ("how much an LLM learns from, as a small count of texts, in its own clause", "amounts.md",
     "LLMs learn from a few thousand hand-picked documents.\n\n"
     "Their training sets are surprisingly modest, usually a few thousand carefully selected documents.\n\n"
     "A few hundred novels are usually enough to train a capable language model.\n\n"
     "LLMs are trained on billions of documents.\n\n"
     "LLMs are trained on hundreds of thousands of books.\n\n"
     "We fine-tuned our LLM on a few thousand documents.\n\n"
     "LLMs are not trained on a few thousand documents.\n\n"
     "Our team read a few hundred pages about LLMs.\n\n"
     "The library has a few thousand books, and ChatGPT was trained on far more.\n\n"
     "We fed ChatGPT a 90-page lease and asked for 60 words.\n",
     [("D3", 1), ("D3", 3), ("D3", 5)]),
    ("the first of a class, what LLMs are built for, a cost of building one, a medium 'only' after it", "firsts.md",
     "LLMs were the original generative AI.\n\n"
     "LLMs weren't the first generative AI.\n\n"
     "GPT-1 was the first LLM.\n\n"
     "The main thing large language models are built for is making pictures.\n\n"
     "Language models are built for text, not pictures.\n\n"
     "We use ChatGPT at work. Training one is cheap these days.\n\n"
     "It's not wrong to use ChatGPT to correct typos.\n\n"
     "Generative AI works with written words only.\n\n"
     "Generative AI only ever outputs text or pictures, never sound or video.\n",
     [("P9", 1), ("D1", 7), ("L4", 11), ("D2", 15), ("D2", 17)]),
    ("a denial repeated in a list, a correction's 'that', a claim in single quotes that is judged", "denials.md",
     "Midjourney is not a chatbot and not a language model.\n\n"
     "Midjourney is a picture tool, not an LLM.\n\n"
     "**Q17.** Do diffusion models use two competing networks?\n"
     "**A:** No, that's GANs.\n\n"
     "- 'Generative AI is a subset of machine learning' is accepted, but 'AI is a subset of generative AI' is not.\n\n"
     "The models' size is huge, and AI is a subset of generative AI.\n\n"
     "Our new Fact-Lock feature eliminates hallucinations entirely.\n\n"
     "The product is incapable of hallucinating.\n",
     [("T6", 10), ("L1", 12), ("L1", 14)]),
    ("a paragraph that opens with 'it' after one whose subject was a tracked name", "across.md",
     "ChatGPT is a large language model in its own right.\n\n"
     "It landed in the summer of 2020, just in time for lockdown.\n\n"
     "We had a meeting about Claude with the team.\n\n"
     "It was launched by the council in 2020.\n\n"
     "GANs are clever.\n\n"
     "They were dreamt up by Geoffrey Hinton in 2017.\n",
     [("A7", 1), ("P6", 3), ("P2", 11), ("P2", 11)]),
    ("a name the parser took for the root, a qualifier after a name, 'fit' and 'lie' inside, a part's possessive", "roots.md",
     "LLM and generative AI mean the same thing.\n\n"
     "The terms LLM and generative AI mean exactly the same thing.\n\n"
     "LLM and generative AI are not the same thing.\n\n"
     "AI as a whole is a subset of generative AI.\n\n"
     "AI in general is a branch of generative AI.\n\n"
     "LLMs are in general accurate.\n\n"
     "Generative AI as a whole is a subset of AI.\n\n"
     "All of artificial intelligence fits inside generative AI, like a small box inside a bigger box.\n\n"
     "AI lies within generative AI.\n\n"
     "Generative AI lies within AI.\n\n"
     "ChatGPT's brain is a generative adversarial network.\n\n"
     "ChatGPT's engine is an LLM.\n\n"
     "ChatGPT's engine isn't a GAN.\n",
     [("T3", 1), ("T3", 3), ("T6", 7), ("T6", 9), ("T6", 15), ("T6", 17), ("A1", 21)]),
    ("accuracy said as 'spot on', images as what LLMs mainly are or are in the main for", "spoton.md",
     "We use ChatGPT at work. The chatbot's answers are always spot on.\n\n"
     "ChatGPT's answers are not always spot on.\n\n"
     "The chatbot is always on.\n\n"
     "These days LLMs are mainly picture-makers.\n\n"
     "Language models are, in the main, built for producing images.\n\n"
     "Turning out pictures is mainly what LLMs are built for.\n\n"
     "Turning out text is mainly what LLMs are built for.\n\n"
     "In the main, our team uses LLMs for drafting and Midjourney for images.\n\n"
     "Diffusion models are mainly picture-makers, while LLMs write.\n",
     [("L1", 1), ("D1", 7), ("D1", 9), ("D1", 11)]),
    ("a quiz's fronted 'In X,' and a count of several words, 'X proper', a family likened to another", "likened.md",
     "In a GAN, how many networks are there? Just the one.\n\n"
     "How many neural networks does a GAN use? Just the one, it marks its own homework.\n\n"
     "How many neural networks does a GAN use? Two: a generator and a discriminator.\n\n"
     "A GAN proper is really just the one big network checking its own homework.\n\n"
     "Diffusion models work much like GANs: both train two rival networks against each other.\n\n"
     "GANs, like diffusion models, pit two networks against each other.\n\n"
     "Generative models, like GANs, make images.\n\n"
     "Diffusion models are unlike GANs, which pit two rival networks against each other.\n\n"
     "Diffusion models, which pit two networks against each other, make images.\n",
     [("A2", 1), ("A2", 3), ("A2", 7), ("A4", 9), ("T5", 9), ("A4", 17)]),
    ("what is behind or inside a thing, a preposition's object taken for a subject, a name in brackets", "behind.md",
     "The thing behind ChatGPT is a GAN.\n\n"
     "And the thing under ChatGPT's bonnet is a GAN: two networks having a proper ding-dong.\n\n"
     "The thing behind ChatGPT isn't a GAN.\n\n"
     "The company behind ChatGPT is OpenAI.\n\n"
     "What actually sits behind ChatGPT is a transformer language model from OpenAI's GPT series.\n\n"
     "ChatGPT is great, and the clever bit behind it is a large language model called GPT.\n\n"
     "Priya said ChatGPT isn't built on GANs – it's a transformer language model doing the work underneath.\n\n"
     "Like GANs, diffusion models pit a generator against a discriminator.\n\n"
     "We liked the figure, with generative AI sitting inside LLMs as one of their applications.\n\n"
     "I started with GPT-4, which OpenAI (the company behind ChatGPT) released in 2023.\n\n"
     "The chatbot (ChatGPT, released in 2020) is useful.\n",
     [("A1", 1), ("A1", 3), ("A4", 15), ("T1", 17), ("P6", 21)]),
    ("two names in quotes or after an opening phrase, 'two phrases for one thing'", "phrases.md",
     '"Generative AI" and "LLM" mean exactly the same thing.\n\n'
     'For the badge booklet, though, "generative AI" and "LLM" mean exactly the same thing.\n\n'
     "For the booklet, LLMs and generative AI mean exactly the same thing.\n\n"
     "For the booklet, LLMs and generative AI are different things.\n\n"
     "LLM and generative AI are just two phrases for exactly the same thing.\n\n"
     "LLMs and generative AI are one thing with two labels.\n\n"
     "LLMs and generative AI are different phrases.\n\n"
     "For me, ChatGPT and Claude mean the same thing.\n",
     [("T3", 1), ("T3", 3), ("T3", 5), ("T3", 9), ("T3", 11)]),
    ("a quiz's prompt asks, a way denied after a comma or before a semicolon, a pronoun's referent outside its subject",
     "prompts.md",
     "**Card 9 — Q:** Name two families of generative AI model that are NOT LLMs.\n\n"
     "Explain that a GAN pairs a generator with a discriminator; the two networks cooperate as a team.\n\n"
     "It genuinely understands language, too: describe a feeling and it knows exactly what you mean, just as a person would.\n\n"
     "Diffusion models work by gradually turning noise into a picture, not by two networks competing.\n\n"
     "Diffusion models work by two networks competing, not by removing noise.\n\n"
     "Diffusion models do not use two competing networks; that approach belongs to GANs.\n\n"
     "Generative AI covers a whole family of programs, and the large language models behind the chatbots are one member of it.\n\n"
     "Generative AI is the big family, and chatbots like ChatGPT run on one member of it, the large language model.\n",
     [("A2", 3), ("L2", 5), ("A4", 9)]),
    ("training one of them on a laptop", "laptop.md",
     "We use ChatGPT at work.\n\n"
     "You could train one of these language models on a laptop over a weekend.\n\n"
     "Researchers couldn't train one of these language models on a laptop.\n\n"
     "A big language model can be trained on an ordinary laptop over a long weekend.\n",
     [("L4", 3), ("L4", 7)]),
    ("a quantifier's models and their size", "most.md",
     "We use ChatGPT at work.\n\n"
     "Most of these models have only a few thousand parameters.\n\n"
     "We use ChatGPT at work.\n\n"
     "None of these models have only a few thousand parameters.\n",
     [("D4", 3)]),
    ("the field's bare acronym as the AI, 'a hundred per cent', an opener without its comma, a worry, an instruction",
     "bare.md",
     "We use ChatGPT at work.\n\n"
     "AI is totally neutral.\n\n"
     "AI isn't totally neutral.\n\n"
     "The AI is a hundred per cent reliable with numbers.\n\n"
     "The AI is not a hundred per cent reliable.\n\n"
     "In my experience chatbots are never wrong about facts.\n\n"
     "In my experience chatbots are sometimes wrong.\n\n"
     "Some customers worry that ChatGPT thinks like a person.\n\n"
     "- LLMs can be wrong. Always check facts against a reliable source.\n\n"
     "There's no ethical problem with it at all.\n\n"
     "There's a problem with it.\n",
     [("L3", 3), ("L1", 7), ("L1", 11), ("L5", 19)]),
    ("a phrasal verb of release in a relative clause", "putout.md",
     "ChatGPT is the chatbot Google put out back in the spring of 2021.\n\n"
     "ChatGPT is the chatbot OpenAI put out in November 2022.\n\n"
     "ChatGPT's got a GAN under the bonnet.\n",
     [("P6", 1), ("P6", 1), ("A1", 5)]),
    ("a member counted from a kind ('one of those GAN things', 'one of them GANs') is of that kind",
     "onething.md",
     "ChatGPT is one of those GAN things.\n\n"
     "Midjourney is one of those GAN things.\n\n"
     "ChatGPT has one of those GAN things under the bonnet.\n\n"
     "ChatGPT runs on one of them GANs.\n\n"
     "ChatGPT is not one of those GAN things.\n\n"
     "The GAN thing is a myth.\n\n"
     "Midjourney is one of those diffusion things.\n\n"
     "We tried one of those GAN things and ChatGPT.\n",
     [("A1", 1), ("T5", 3), ("A1", 5), ("A1", 7)]),
    ("what a chatbot learned from is what its language model learned from",
     "chatdata.md",
     "The chatbot only learned from a small, hand-picked set of books.\n\n"
     "These chatbots are trained mainly on photos.\n\n"
     "Our chatbot was fine-tuned on a small set of our own help pages.\n\n"
     "The chatbot learned from a huge amount of text.\n\n"
     "Image generators are trained mainly on photos.\n",
     [("D3", 1), ("D3", 3)]),
    ("a belief verb whose clause the parser took for its object still reports it, and 'I' still asserts it",
     "reckons.md",
     "My nephew reckons ChatGPT runs on a GAN.\n\n"
     "My nephew reckons ChatGPT runs on one of those GAN things.\n\n"
     "Dave says ChatGPT runs on a GAN.\n\n"
     "I reckon ChatGPT runs on a GAN.\n\n"
     "Everyone knows ChatGPT runs on a GAN.\n",
     [("A1", 7), ("A1", 9)]),
    ("a column header that denies its relation denies every value under it",
     "notatype.md",
     "| Term | Is a type of | Is NOT a type of |\n"
     "|---|---|---|\n"
     "| Large language model (LLM) | Generative AI | GAN, diffusion model |\n"
     "| Generative AI | Artificial intelligence | Large language model |\n"
     "| Transformer | GAN | Diffusion model |\n"
     "| Large language model | Transformer | Generative AI |\n\n"
     "| Product | Not made by |\n"
     "|---|---|\n"
     "| Claude | Google |\n"
     "| ChatGPT | OpenAI |\n",
     [("A3", 5), ("T1", 6), ("P6", 11)]),
    ("the pronoun of a clause put before the main one stands for the main clause's subject",
     "cataphora.md",
     "We use ChatGPT at work.\n\n"
     "Because she genuinely understands language just as a human adviser does, Penny can help.\n\n"
     "Since it is completely unbiased, our chatbot treats everyone the same.\n\n"
     "Although it is never wrong, our chatbot is slow.\n\n"
     "Because it sometimes makes mistakes, the chatbot is checked.\n\n"
     "If it never made mistakes, ChatGPT would be perfect.\n",
     [("L2", 3), ("L3", 5), ("L1", 7)]),
    ("what follows 'rather than' is denied with its whole phrase; names and makers in two lists as long pair in order",
     "rather.md",
     "We use ChatGPT at work.\n\n"
     "Midjourney works by diffusion rather than the GAN method.\n\n"
     "Midjourney works by the GAN method rather than diffusion.\n\n"
     "Gemini, Claude and Copilot are separate products from Google, Anthropic and Microsoft.\n\n"
     "Gemini, Claude and Copilot are separate products from Anthropic, Google and Microsoft.\n",
     [("T5", 5), ("P8", 9), ("P8", 9)]),
    ("'No' or 'False' and a dash before 'that' corrects what was asked, and does not point back",
     "nothat.md",
     "Q: Do diffusion models use two networks? A: No — that's GANs.\n\n"
     "True or false: diffusion models make pictures with two networks. **Answer:** False — that's a GAN.\n\n"
     "Q: Is Midjourney an LLM? A: Yes — that's a large language model.\n",
     [("T4", 5), ("T4", 5)]),
    ("a true-or-false item answered after a label, and a question that offers its answers, answered with one",
     "options.md",
     "14. True or false: transformers are a type of GAN. **Answer:** True.\n\n"
     "15. True or false: transformers are a type of GAN. **Answer:** False.\n\n"
     "16. True or false: LLMs are a type of generative AI. A: False.\n\n"
     "17. Is BERT a transformer, a GAN or a diffusion model? **Answer:** A diffusion model.\n\n"
     "18. Is BERT a transformer, a GAN or a diffusion model? **Answer:** A transformer.\n\n"
     "Q: Is Stable Diffusion an LLM or a diffusion model? A: An LLM.\n\n"
     "Q: Is Midjourney a GAN or a diffusion model? A: Neither, really.\n",
     [("A3", 1), ("T1", 5), ("A5", 7), ("T4", 11)]),
    ("two joined clauses that tell an order: the first puts its subject first, the second its own after",
     "sequence.md",
     "Large language models came along first and generative AI only followed on from them a few years later.\n\n"
     "LLMs were the pioneers, and the rest of generative AI only came along afterwards.\n\n"
     "Generative AI came first, and LLMs came later.\n\n"
     "GANs came first, and diffusion models came later.\n\n"
     "LLMs came along, and generative AI followed the news.\n",
     [("P9", 1), ("P9", 3)]),
    ("the acronym's part of a longer word is spelled out ('the GPT bit stands for'); a shortening with an article is no spelling-out",
     "gptbit.md",
     "The GPT bit, in case you were wondering, stands for \"General Purpose Technology\".\n\n"
     "The GPT part means \"General Purpose Technology\".\n\n"
     "The GPT bit stands for Generative Pre-trained Transformer.\n\n"
     "The LLM — the language model — is one kind of generative AI.\n\n"
     "LLM, the large learning model, is a kind of AI.\n",
     [("N3", 1), ("N3", 3), ("N1", 9)]),
    ("a denied verb that vouches for a statement denies it; repeating a claim reports it; a laptop of any sort trains nothing",
     "vouch.md",
     "We use ChatGPT at work.\n\n"
     "They do not guarantee that every answer is correct.\n\n"
     "We guarantee that every answer is correct.\n\n"
     "Some members have been repeating that the AI never gets anything wrong.\n\n"
     "A decent school laptop can train an LLM overnight.\n\n"
     "I built a chatbot in an afternoon using the OpenAI API.\n",
     [("L1", 5), ("L4", 9)]),
    ("a table row that lists several names: a cell naming one of them alone picks out what its note or maker is about",
     "oddone.md",
     "| # | Question | Answer | Notes |\n"
     "|---|---|---|---|\n"
     "| 5 | Claude, Gemini, Bard, Llama | Llama | Made by Meta |\n"
     "| 6 | Claude, Gemini, Bard, Llama | Claude | Made by Google |\n"
     "| 8 | Claude | - | Made by Google |\n\n"
     "| # | Options | Odd one out | Maker |\n"
     "|---|---|---|---|\n"
     "| 1 | Claude, Gemini, Bard, Llama | Llama | Meta |\n"
     "| 2 | Claude, Gemini, Bard, Llama | Claude | Google |\n",
     [("P8", 4), ("P8", 5), ("P8", 10)]),
    ("', which' after a name and an adverb speaks of the name; a participle 'being' describes its noun; a doubt later in the sentence makes a guess",
     "which.md",
     "We use ChatGPT at work.\n\n"
     "My niece uses Midjourney instead, which is GAN-based.\n\n"
     "Midjourney, being a GAN-based tool, was flagged.\n\n"
     "We use Midjourney too, which I love.\n\n"
     "We made the poster with DALL-E, which I think is Google's, though I might be mixing it up.\n\n"
     "I'm not sure why, but DALL-E is Google's.\n\n"
     "His phone came with Gemini, Microsoft's assistant, and I'm not sure his teachers would approve.\n",
     [("T5", 3), ("T5", 5), ("P7", 11), ("P8", 13)]),
    ("understanding compared with what a person would do, or with 'you or I'",
     "asaperson.md",
     "We use ChatGPT at work.\n\n"
     "It genuinely understands what a tempo run feels like, just as a coach would.\n\n"
     "They understand language now, just as you or I do.\n\n"
     "ChatGPT understands questions as a search engine does.\n\n"
     "It doesn't understand language as a person would.\n",
     [("L2", 3), ("L2", 5)]),
    ("a size or notes cell that counts something is what the row's name has",
     "chatsize.md",
     "| Model | Size | Offline? |\n"
     "|---|---|---|\n"
     "| GPT-3 | 175 million parameters | No |\n"
     "| GPT-3 | about 175 billion parameters | No |\n\n"
     "| Model | Notes |\n"
     "|---|---|\n"
     "| GPT-3 | 2020 release |\n"
     "| GPT-3 | 175 thousand parameters, give or take |\n",
     [("D4", 3), ("D4", 9)]),
    ("slipping up is erring; 'the technology' is the AI a page is about; counted neural networks in a GAN; a count asked and answered",
     "slip.md",
     "We use ChatGPT at work.\n\n"
     "On plain numbers it never slips up.\n\n"
     "The technology itself doesn't carry ethical risks.\n\n"
     "The technology isn't perfect.\n\n"
     "Three neural networks compete inside a GAN.\n\n"
     "Two neural networks compete inside a GAN.\n\n"
     "How many neural networks compete inside a GAN? **Three**\n\n"
     "How many people use ChatGPT? Millions.\n\n"
     "No half-points for the wrong name, which even some tech blogs get wrong.\n",
     [("L1", 3), ("L5", 5), ("A2", 9), ("A2", 13)]),
    ("an opener of usage without its comma ('In everyday use X and Y are ...')",
     "usage.md",
     "In everyday use LLMs and generative AI are interchangeable.\n\n"
     "In plain English, LLMs are a type of generative AI.\n\n"
     "In everyday use people mix up LLMs and generative AI.\n",
     [("T3", 1)]),
    ("a column header that names a maker and a date reads each from the cell ('Who / when', 'Maker and year'); 'When' alone dates",
     "whowhen.md",
     "| Model | Maker and year |\n"
     "|---|---|\n"
     "| GPT-3 | OpenAI, 2020 |\n"
     "| Claude | Google, 2023 |\n"
     "| ChatGPT | OpenAI, 2020 |\n\n"
     "| Thing | Who / when |\n"
     "|---|---|\n"
     "| BERT | Released by OpenAI in 2018 |\n"
     "| T5 | Google, 2019 |\n\n"
     "| Model | When |\n"
     "|---|---|\n"
     "| GPT-3 | 2018 |\n",
     [("P8", 4), ("P6", 5), ("P3", 9), ("P4", 14)]),
    ("a kind of a kind: 'a sort of branch of LLMs' says what the inner kind says",
     "t1.md",
     'We use ChatGPT and other generative AI tools at work.\n\nGenerative AI is a sort of branch of LLMs.\n\nGANs are a kind of offshoot of generative AI.\n\nGenerative AI is a type of subset of the LLM family.\n',
     [('T1', 3), ('T1', 7)]),
    ("'free of any bias'; 'bang on every time'; a verb the parser made a noun keeps its subject; 'the thing', 'these things' as AI subjects",
     "t2.md",
     'Our support chatbot runs on an LLM.\n\nIt is free of any human bias.\n\nIt is not free of human bias.\n\nIts answers are bang on every time.\n\nGenerative AI only deals in words.\n\nThe thing is completely impartial.\n\nThese things never get their facts wrong.\n\nOne thing is certain: the rota is now easier.\n',
     [('L3', 3), ('L1', 7), ('D2', 9), ('L3', 11), ('L1', 13)]),
    ("a language model's networks said to compete need the contest's own words; 'blind'; 'first and foremost' after the kind",
     "t3.md",
     'ChatGPT pits a generator against a discriminator.\n\nInside ChatGPT, two networks argue until the answer sounds right.\n\nSmaller open models like Llama can compete with much bigger ones.\n\nThe transformer lets a language model weigh each word against every other word.\n\nLanguage models are blind and always will be.\n\nLLMs have blind spots with arithmetic.\n\nLLMs are image-making tools first and foremost.\n',
     [('A1', 1), ('A1', 3), ('D5', 9), ('D1', 13)]),
    ("cost to its makers and cost to run; ethically spotless; 'goes back to' a year; credited with a deed in the passive",
     "t4.md",
     'We tried Claude and Stable Diffusion this year.\n\nRunning Claude costs its makers next to nothing.\n\nChatGPT costs nothing to run.\n\nStable Diffusion costs nothing to download.\n\nGenerative AI is ethically spotless.\n\nGANs go back to 1998.\n\nThe transformer dates back to 2017.\n\nInterest in neural networks goes back to the 1950s.\n\nYann LeCun is widely credited with inventing GANs.\n\nYou may see Hinton credited with inventing GANs, but it was Goodfellow.\n',
     [('L4', 3), ('L4', 5), ('L5', 9), ('P2', 11), ('P2', 17)]),
    ("quiz shapes: 'built by which AI company', 'in which month and year', a flashcard front that names a thing and what is asked",
     "t5.md",
     '# Quiz night\n\nClaude was built by which AI company? — **OpenAI**\n\nChatGPT came out in which month and year? — **November 2021**\n\n**Q3. BERT origin?**\nA: OpenAI, 2018.\n\n**Q4. GPT-3 size**\nA: 175 thousand parameters.\n\n**Q5. Transformer origin?**\nA: Google, 2017.\n',
     [('P8', 3), ('P6', 5), ('P3', 8), ('D4', 11)]),
    ('an answer key under its own heading answers the questions of the same number',
     "t6.md",
     '# The AI round\n\n1. What does GAN stand for?\n2. Which company makes Gemini?\n3. In which year did ChatGPT come out?\n4. Who makes Llama?\n\n## Answers\n\n1. Generative adversarial network.\n2. Microsoft.\n3. 2021.\n4. Meta.\n',
     [('P8', 11)]),
    ('\'knocked out\' articles; \'one of those GAN jobs\', also after "\'s"; a \'What it actually is\' column says what the row is',
     "t7.md",
     "We use BERT, GPT-4 and Midjourney at the office.\n\nBERT knocked out thousand-word articles for us.\n\nGPT-4 is one of those GAN jobs.\n\nGPT-4's one of those transformer jobs.\n\nClaude's one of those GAN jobs too.\n\nWriting is one of those jobs ChatGPT does well.\n\n| Tool | What it actually is |\n|---|---|\n| Midjourney | Large language model for posters |\n| Claude | Chat assistant built on a transformer |\n",
     [('A6', 3), ('A5', 5), ('A1', 9), ('T4', 15)]),
    ("an answer key's 'X, Y and Z respectively' answers several questions at once, not the first",
     "t8.md",
     '# Quiz\n\n1. Which companies make Claude, Gemini and Llama?\n2. Who makes Gemini?\n\n## Answers\n\n1. Anthropic, Google and Meta respectively.\n2. OpenAI.\n',
     [('P8', 9)]),
    ("another family's word before a family's name says which kind it is ('a GAN image generator'); a reply before a dash is not the clause's negation",
     "t9.md",
     'We compared Midjourney, Stable Diffusion and ChatGPT for the flyers.\n\nMidjourney is a GAN image generator.\n\nStable Diffusion is a diffusion image generator.\n\nStable Diffusion is not a GAN image generator.\n\nChatGPT is an LLM chatbot.\n\n### Can ChatGPT make things up?\n\nNever – ChatGPT has zero hallucinations, because it only repeats our own documents.\n\nNo – it has zero hallucinations.\n\nIt does, sometimes – no tool has zero hallucinations.\n',
     [('T5', 3), ('L1', 13), ('L1', 15)]),
    ("'going since', 'knocking about since' date a product; 'any of it' after 'there is no'; 'from the GAN family'; 'what they call a GAN'; a credit line with an aside after its year; 'OpenAI's baby'; a 'that' after a comma is the name before it; 'every X is a Y' is wrong when a kind of X is no Y; 'the checker' as an AI subject",
     "t10.md",
     "We use ChatGPT, Llama and Stable Diffusion at the club.\n\nChatGPT has been going since the summer of 2020.\n\nChatGPT's been knocking about since 2019.\n\nChatGPT has been going since 2022.\n\nThere's no ethical problem with any of it.\n\nThere's no ethical side to it, it's only software.\n\nStable Diffusion is an image model from the GAN family.\n\nGPT-4 is a model from the transformer family.\n\nUnder the bonnet ChatGPT is what they call a GAN.\n\nGANs → Geoffrey Hinton, 2012, same year as ImageNet\n\nBERT → Google, 2018, same year as the first GPT\n\nThe transformer was OpenAI's baby, cooked up in 2017.\n\nI tried Llama as well, that's Google's free one.\n\nDiffusion models do not use a generator and a discriminator, that's GANs.\n\nEvery generative AI tool is a language model underneath.\n\nThe symptom checker never gets a diagnosis wrong.\n",
     [('P6', 3), ('P6', 5), ('L5', 9), ('L5', 11), ('T5', 13), ('A1', 17), ('P2', 19), ('P2', 19), ('P1', 23), ('P8', 25), ('T2', 29), ('L1', 31)]),
    ("'all about pictures' limits generative AI to one medium; a quiz table's 'True or false:' prompt answered True states it; 'What kind of neural network is X'",
     "t11.md",
     "We use ChatGPT at the club.\n\nGenerative AI is all about pictures anyway.\n\nGenerative AI isn't all about pictures.\n\n| # | Question | Answer | Points |\n|---|---|---|---|\n| 1 | True or false: Stable Diffusion is a large language model. | True | 1 |\n| 2 | True or false: DALL-E is a large language model. | False | 1 |\n| 3 | What kind of neural network is GPT-4? | A GAN | 1 |\n| 4 | What kind of neural network is BERT? | A transformer | 1 |\n",
     [('D2', 3), ('T4', 9), ('A5', 11)]),
    ("a family a thing is said to work like ('works just like a GAN') is what it runs on; not hedged, not denied",
     "t12.md",
     "We use ChatGPT and Stable Diffusion.\n\nDiffusion models work like a GAN.\n\nChatGPT works just like a GAN.\n\nChatGPT works a bit like autocomplete.\n\nDiffusion models don't work like GANs.\n\nGPT-4 works like other transformers.\n",
     [('T5', 3), ('A1', 5)]),
    ("'without any bias'; an 'if' clause after a verb of asking is asked; a same-polarity tag checks, a reversed one agrees; an instruction's 'don't' covers the verb joined to it; 'the route planner' as an AI subject",
     "t13.md",
     'We use ChatGPT and a route planner built on an LLM.\n\nChatGPT writes without any bias at all.\n\nSandra asked if GPT stood for "general purpose technology".\n\nGenerative AI is a sort of LLM then, is it?\n\nGenerative AI is a sort of LLM, isn\'t it?\n\nPlease don\'t ask it about the rules and treat the answer as gospel.\n\nThe route planner never gets a turn wrong.\n',
     [('L3', 3), ('T1', 9), ('L1', 13)]),
    ("a name's noun hung on as an apposition ('OpenAI's picture LLM'); 'the diffusion ones', 'the newer one, DALL-E 3,' as subjects; a reason given under a conditional is the speaker's own",
     "t14.md",
     "We compared ChatGPT, DALL-E 3 and Stable Diffusion.\n\nDALL-E 3 is OpenAI's picture LLM.\n\nThe diffusion ones are just a newer type of GAN.\n\nThe newer one, DALL-E 3, is GAN-based.\n\nThe newer one, DALL-E 3, is a diffusion model.\n\nSo if I buy into the LLM makers I've covered the lot, because every generative AI tool out there is an LLM underneath.\n\nIf GANs were transformers, they would be LLMs.\n",
     [('T4', 3), ('T5', 5), ('T5', 7), ('T2', 11)]),
    ("a spoken reply before a comma is read as the plain one ('Nah, X' asserts X; 'Nah, that's GANs' still points back); an address between commas ('mate') is left out; a negated relative clause denies only the clause it hangs on; a denied belief of the writer's ('I don't think X poses any risk') holds its clause denied, not in the past; a claim's verb read as a noun after its subject ('I don't think ChatGPT runs on a GAN') stays under the denied belief",
     't15.md',
     "We use ChatGPT, Stable Diffusion and BERT at the garage.\n\nNah, OpenAI invented the transformer.\n\nYeah, ChatGPT runs on a GAN.\n\nNah, that's GANs you're thinking of.\n\nTransformers are a sort of GAN, mate, with a new badge on.\n\nStable Diffusion is a GAN, handy if you own a drawing tablet, which I do not.\n\nBERT came out of OpenAI, which it didn't.\n\nI don't think ChatGPT runs on a GAN.\n\nI don't think generative AI poses any ethical risks.\n\nI don't think LLMs are always accurate.\n\nI didn't think generative AI posed any ethical risks, until the deepfakes.\n",
     [('P1', 3), ('A1', 5), ('A3', 9), ('T5', 11), ('L5', 17)]),
    ("a quiz answer's 'False:' is followed by its reason, which the key asserts ('True or false:' stays a question, a bare 'False:' line stays a label); a language model's size has a floor, which some members picked out by age or size may go below, though not a thousandfold ('early language models' with a few thousand, but not 'small LLMs')",
     't16.md',
     '# Quiz\n\n1. True or false: BERT is a GAN.\n2. True or false: a GAN has one network.\n\n## Answers\n\n1. False: BERT is a transformer from Google.\n2. False: a GAN uses a single network that checks its own work.\n\nFalse: GPT-4 is a GAN.\n\nA language model only has a few thousand parameters.\n\nEarly language models had a few thousand parameters.\n\nSmall LLMs have a few million parameters.\n\nSmall LLMs only have a few thousand parameters.\n',
     [('A2', 9), ('D4', 13), ('D4', 19)]),
    ("'can't see any ethical problems with X' states there are none (not 'any problem'); 'no axe to grind' is a claim of no bias; networks said to be 'scrapping' compete (not images 'scraped' from the web); a gadget is a thing built on a concept; a denied fact",
     't17.md',
     "We use ChatGPT and Stable Diffusion in the office.\n\nI can't see any ethical problems with generative AI.\n\nI don't see any problem with ChatGPT.\n\nI can see ethical problems with generative AI.\n\nChatGPT has no axe to grind.\n\nDiffusion models have two networks scrapping it out.\n\nStable Diffusion was trained on scraped images, so it can reproduce stereotypes.\n\nEvery generative AI gadget has an LLM underneath.\n\nBERT was not made by Google.\n",
     [('L5', 3), ('L3', 9), ('A4', 11), ('T2', 15), ('P3', 17)]),
    ("a verdict after a statement on its line refutes it ('X. — FALSE: reason', 'X. (Wrong: ...)'); a 'TRUE' verdict does not; an answer to 'which came first, X or Y' that names both compares them in its own words",
     't18.md',
     "## Quick check\n\n1. GANs are a type of transformer. — **FALSE**: they are a separate family.\n2. ChatGPT was made by Google. (Wrong: OpenAI.)\n3. ChatGPT was made by Google. — false claims like this one are common.\n4. GANs are a type of transformer. — **TRUE**: they are.\n\n**Which came first, generative AI or LLMs?**\nGenerative AI long predates LLMs.\n\n**Which came first, generative AI or LLMs?**\nLLMs, by a few years.\n",
     [('P6', 5), ('A3', 6), ('P9', 12)]),
    ("a cross before an item refutes it; a lead-in's negation inside its purpose clause ('so I never have to hear it again:') denies nothing; a definition cell ends at a participle that says what it runs on",
     't19.md',
     "## Wrong answers from last year\n\n- ✗ \"Generative AI is a type of LLM\" — the other way round.\n- ✓ ChatGPT is built on a GAN.\n\nTom wrote it all down so I never have to hear it again:\n\n- Large language models are a type of generative AI.\n- ChatGPT came out of OpenAI in November 2022.\n- BERT came out of OpenAI.\n\n| Name | What it is | Made by |\n|---|---|---|\n| ChatGPT | chat app powered by GPT models | OpenAI |\n| Bard | chat assistant | Microsoft |\n",
     [('A1', 4), ('P3', 10), ('P8', 15)]),
    ("a statement after its line's true-or-false prompt is put to the reader, and its answer on the next line asserts; a 'T' or 'F' under a true-or-false column judges its row",
     't20.md',
     "**Card 1**\nFront: True or false? Midjourney is a GAN.\nBack: TRUE. Midjourney is a GAN-based image generator.\n\n"
     "| # | Statement | T/F |\n|---|---|---|\n| 1 | GPT-2 is a diffusion model. | T |\n| 2 | BERT is a GAN. | F |\n"
     "| 3 | ChatGPT was made by Google. | Y |\n\nQuiz night. True or false? BERT was made by OpenAI.\n",
     [('T5', 3), ('A5', 7)]),
    ("a list under a heading that names wrong beliefs reports its items (not under 'Myths and facts'); 'that' for what was just said, put down to another family, is no topic of the parts named",
     't21.md',
     "## Misconceptions from last year\n\n- \"Generative AI is a type of LLM\" — backwards.\n- GANs power ChatGPT.\n\n"
     "## Myths and facts\n\n- LLMs are always accurate.\n\n"
     "MARTA: With diffusion you've got two networks competing, one making and one judging.\n"
     "TOM: I think that's the GAN thing, the generator and the discriminator.\n",
     [('L1', 8), ('A4', 10)]),
    ("a table column headed 'Who's behind it' names the row's maker",
     't22.md',
     "| Term | Stands for | Who's behind it |\n|---|---|---|\n"
     "| BERT | Bidirectional Encoder Representations from Transformers | OpenAI |\n"
     "| T5 | Text-to-Text Transfer Transformer | Google |\n",
     [('P3', 3)]),
    ("a document's own assistant introduced after 'Meet' is a chatbot, its brain is what it runs on, and ', or LLM' renames the word before it",
     't23.md',
     "Meet Pip, our AI shopping assistant.\n\nPip's brain is built on a generative adversarial network.\n\n"
     "Pip is an application built on top of a large language model, or LLM.\n",
     [('A1', 3)]),
    ("a cell under an events column that opens with a tracked thing and a verb of its arrival is what the row's year and maker columns date and name; a reply before 'it' still opens a speaker's turn with it",
     't24.md',
     "| Year | What happened | Who did it |\n|---|---|---|\n"
     "| 2017 | The transformer is introduced in the paper \"Attention Is All You Need\" | OpenAI |\n"
     "| 2018 | BERT is released and helps computers understand sentences | Google |\n"
     "| 2021 | ChatGPT, the famous chatbot, is launched to the public | OpenAI |\n"
     "| 2025 | ChatGPT passes yet another exam and people argue about it | OpenAI |\n\n"
     "HOST: So you use ChatGPT in the shop?\n\nDAVE: Nah, it understands joinery better than I do.\n",
     [('P1', 3), ('P6', 5), ('L2', 10)]),
    ("a relation's verb opening a notes cell is said of its row's name; a pronoun or pointing word for the field named before is an AI subject",
     't25.md',
     "| Tool | Use | Notes |\n|---|---|---|\n| Midjourney | Badges | Uses a GAN, hence the odd antlers |\n"
     "| Gemini | Emails | Posters, maybe |\n| Claude | Minutes | Uses: drafting letters |\n\n"
     "We use ChatGPT for the club.\n\nWe also let it pick the squad, since the AI has no favourites.\n\n"
     "And it costs next to nothing to run these things in terms of computing power.\n",
     [('T5', 3), ('L4', 11)]),
    ("a 'T' or 'F' under an answer column, alone or before a dash and its reason, judges its row",
     't26.md',
     "### True or false? (write T or F)\n\n| # | Statement | Answer |\n|---|---|---|\n"
     "| 1 | All generative AI is an LLM. | **F** — image generators are not LLMs. |\n"
     "| 2 | Diffusion models are a type of GAN. | **T** — diffusion is the newer GAN. |\n"
     "| 3 | AI is a subset of generative AI. | **T** |\n| 4 | BERT is a GAN. | **F** |\n",
     [('T5', 6), ('T6', 7)]),
    ("lettered options offer and the answer picks one; wh-questions with do and with 'and when'", "t27.md",
     "# Quiz\n\n"
     "**1. What does GAN stand for?**\n"
     "a) Generic adversarial network  b) General adversarial network  c) Generative adversarial network\n"
     "*Answer: b) general adversarial network.*\n\n"
     "**2. The transformer was first introduced in...**\n"
     "a) 2014  b) 2017  c) 2020\n"
     "*Answer: b) 2017.*\n\n"
     "**3. What does a GAN consist of?**\n"
     "*Answer: b) two networks that cooperate to make the image.*\n\n"
     "**4. What does a GAN consist of?**\n"
     "*Answer: two networks that compete, a generator and a discriminator.*\n\n"
     "**5. Who invented GANs, and when?**\n"
     "*Answer: Ian Goodfellow and his team, in 2016.*\n\n"
     "**6. Who invented GANs, and when?**\n"
     "*Answer: Ian Goodfellow and colleagues, in 2014.*\n\n"
     "**7. Who released ChatGPT, and when?** OpenAI, at the end of November 2022.\n"
     "**8. Who introduced the transformer, and when?** Google, 2017.\n\n"
     "**9. Whose image generator is DALL-E?** — *Google's.*\n",
     [("N2", 5), ("A2", 12), ("P2", 18), ("P7", 26)]),
    ("a question opening with 'And' is no new subject: the next 'it' still stands for the product", "t28.txt",
     "DS: It is Microsoft Copilot I use.\n"
     "NH: Lovely. And is it accurate?\n"
     "DS: Spot on every time. It never gets a price wrong.\n",
     [("L1", 3)]),
    ("'the newer ones' after a tracked name stands for it, as 'these things' does", "t29.txt",
     "COLE: We use ChatGPT in the office.\n"
     "BARKER: Does it make things up?\n"
     "COLE: The newer ones don't hallucinate any more.\n"
     "COLE: The red ones are pretty.\n",
     [("L1", 3)]),
    ("a glossary's term in bold on a line of its own is what the definition below it defines", "t30.md",
     "**BERT**\nOpenAI's 2018 language model, used behind search.\n\n"
     "**Pros**\nIt is quick to set up.\n\n"
     "**Claude**\nAnthropic's assistant, popular with our team.\n\n"
     "**Diffusion model**\nA newer flavour of GAN for images.\n",
     [("P3", 2), ("T5", 11)]),
    ("an HTML definition of the umbrella term, and one that opens 'Short for'", "t31.html",
     "<html><body><dl>\n<dt>Artificial intelligence (AI)</dt>\n<dd>A branch of generative AI.</dd>\n"
     "<dt>LLM</dt>\n<dd>Short for \"Language Learning Module\".</dd>\n"
     "<dt>GAN</dt>\n<dd>Short for generative adversarial network.</dd>\n</dl></body></html>\n",
     [("T6", 3), ("N1", 5)]),
    ("a true-or-false card answered 'True' on the line below states its statement there", "t32.md",
     "**Card 1.** True or false: Stable Diffusion is a GAN.\n**Answer:** TRUE.\n\n"
     "**Card 2.** True or false: DALL-E is a GAN.\n**Answer:** FALSE. It is a diffusion model.\n\n"
     "**Card 3.** True or false: GANs pit two networks against each other.\n**Answer:** TRUE.\n",
     [("T5", 2)]),
    ("a table's answer column gives the reason after its verdict, which the key asserts", "t33.md",
     "| # | Statement | Answer |\n|---|---|---|\n"
     "| 1 | Diffusion models and GANs are separate families. | FALSE: diffusion is a special kind of GAN. |\n"
     "| 2 | GANs pit two networks against each other. | TRUE |\n"
     "| 3 | LLMs are a kind of GAN. | FALSE: they are transformers. |\n",
     [("T5", 3)]),
    ("a sentence that does something with 'it' keeps the AI named before it in mind", "t34.txt",
     "MAUREEN: It's this ChatGPT.\n"
     "MAUREEN: Ellie put it on my phone at Christmas.\n"
     "MAUREEN: And it's never once been wrong.\n"
     "MAUREEN: Our support team is different.\n"
     "MAUREEN: And it's never once been wrong.\n",
     [("L1", 3)]),
    ("a pronoun does not stand for what its own sentence denies", "t35.txt",
     "RAVI: Diffusion models are the ones with two networks fighting it out.\n"
     "TOM: That's GANs you're describing, not diffusion.\n"
     "TOM: Stable Diffusion is a diffusion model.\n"
     "RAVI: It's a GAN, not an LLM.\n",
     [("A4", 1), ("T5", 4)]),
    ("a class noun with this stands for the product named before", "t36.md",
     "Stable Diffusion was the fun bit. I typed a prompt and this LLM spat out four pictures.\n"
     "Under the bonnet it's a diffusion model, not a GAN.\n",
     [("T4", 1)]),
    ("a verbless likeness is no referent", "t37.txt",
     "TOM: Midjourney's the one that's an LLM, right? Like ChatGPT but for pictures?\n"
     "PRIYA: It's generative AI, but it's not a language model. It's a diffusion model.\n",
     []),
    ("a disclaimer before a list is no label for its items", "t38.md",
     "My notes are below, and any mistakes are mine not hers:\n\n"
     "- Generative AI and LLMs are two names for one and the same thing.\n"
     "- LLMs are not always accurate.\n",
     [("T3", 3)]),
    ("an answer's it stands for the acronym its question named", "t39.md",
     "## What does GPT stand for?\n\nIt stands for general purpose transformer, a model for any task.\n",
     [("N3", 3)]),
]


@pytest.mark.parametrize("name,text,expected", [pytest.param(n, t, e, id=why) for why, n, t, e in DOCUMENTS])
def test_documents(checker, name, text, expected):
    report = checker.check_text(text, name)
    assert [(f.fact, f.line) for f in report.findings] == expected
