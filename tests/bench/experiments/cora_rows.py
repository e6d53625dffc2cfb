"""Rows of the Cora citation set as entity-resolution benchmarks ship it (HPI's cora.csv: lower case, punctuation
gone, the year in `date`), transcribed from public copies for `cora_sweep.py`: records 1-145 (with the clusters a
public copy of Cora labels them with) and 17 copies of Cascade-Correlation (records 308-373, one paper). Cora is
McCallum's citation-matching set; it is not in ../shared, and nothing but this experiment reads these rows."""

# (id, authors, booktitle, journal, date, title) of records 1-145.
A = "m ahlskog j paloheimo h stubb p dyreklev m fahlman o inganas and m r andersson"
ROWS = [
(1,"m ahlskog j paloheimo h stubb p dyreklev m fahlman o","","andersson j appl phys","1994","inganas and m r"),
(2,A,"","j appl phys","1994",""),(3,A,"","j appl phys","1994",""),(4,A,"","j appl phys","1994",""),(5,A,"","j appl phys","1994",""),
(6,A,"","j appl phys","1994",""),(7,A,"","j appl phys","1994",""),(8,A,"","journal of applied physics","1994",""),
(9,"c ray asfahl","","","1992","robots and manufacturing automation"),
(10,"steve benford and lennart e fahlen","in proceedings of ecscw 93","","1993","a spatial model of interaction in large virtual environments"),
(11,"benford s and fahln l","6th ercim workshop","","june 1994","viewpoints actionpoints and spatial frames for collaborative user interfaces"),
(12,"benford s bowers j fahln l greenhalgh c and snowdon d","in proc acm conference on human factors in computing systems chi95","","may 7 11 1995","user embodiment in collaborative virtual environments"),
(13,"benford s bowers j fahlen l e greenhalgh c snowdon d","in proceedings of chi95","","1995","user embodiment in collaborative virtual environments"),
(14,"benford s bowers j fahlen l e greenhalgh c snowdon d","in proceedings of chi95","","","user embodiment in collaborative virtual environments"),
(15,"steve benford john bowers lennart fahlen chris greenhalg john mariani and tom rodden","","presence","1995","networked virtual realitty and cooperative work"),
(16,"brown d f moura h watt d a","proceedings of the international workshop on compiler construction cc 92","","1992b","actress an action semantics directed compiler generator"),
(17,"brown d f moura h watt d a","proceedings of the international workshop on compiler construction cc 92","","1992b","actress an action semantics directed compiler generator"),
(18,"d f brown h moura and d a watt actress","proceedings of the 4th international conference on compiler construction cc 92","","october 1992","an action semantics directed compiler generator"),
(19,"b buth k h buth m franzle b v karger y lakhneche h langmaack and m muller olm","compiler construction","","1992","provably correct compiler development and implementation"),
(20,"b buth et al","compiler construction","","1992","provably correct compiler implementation"),
(21,"b buth et al","compiler construction","","1992","provably correct compiler implementation"),
(22,"b buth et al","compiler construction","","1992","provably correct compiler implementation"),
(23,"bettina buth karl heinz buth martin franzle burghard von karger yassine lakhneche hans langmaack and markus muller olm","compiler construction number 641 in lecture notes in computer science","","1992","provably correct compiler development and implementation"),
(24,"conklin j","in computer supported cooperative work a book of readings","","1985","hypertext an introduction and survey"),
(25,"cramer n l","proceedings of an international conference on genetic algorithms and their applications","","1985","a representation for the adaptive generation of simple sequential programs"),
(26,"daelemans w van den bosch a and weijters t","","","1995","1990 the cascade correlation learning architecture"),
(27,"","proceedings of the third international conference on genetic algorithms","","","an investigation of niche and species formation in genetic function op timization"),
(28,"","proceedings of the third international conference on genetic algorithms","","","an investigation of niche and species formation in genetic function optimization"),
(29,"","proceedings of the third international conference on genetic algorithms","","1989","an investigation of niche and species formation in genetic function optimization"),
(30,"dempster a laird n and rubin d","","journal of the royal statistical society b","1977","maximum likelihood from incomplete data via the em algorithm"),
(31,"dempster a laird n and rubin d","","journal of the royal statistical society b","1977","maximum likelihood from incomplete data via the em algorithm"),
(32,"m dill and m","","perception psychophysics in press","","fahle"),(33,"m dill and m","","perception psychophysics in press","","fahle"),
(34,"m dill and m","proceedings of the royal society london b in press","","","fahle"),(35,"m dill and m","proceedings of the royal society london b in press","","","fahle"),
(36,"dutta s and shekhar s","in international joint conference on neural networks","","1988","bond rating a non conservative application of neural networks"),
(37,"m fahle and t poggio","proceedings of the royal society of london b","","1981","visual hyperacuity spatiotemporal interpolation in human vision"),
(38,"fahle m","","vis res","","1991 parallel perception of vernier offsets curvature and chevrons in humans"),
(39,"fahle m w and edelman s","","vision research","1992","learning in hyperacuity influence of stimulus range and of feedback"),
(40,"m fahle and s edelman","","vision research","1993","long term learning in vernier acuity effects of stimulus orientation range and of feedback"),
(41,"fahle m edelman s","","vision research","1993","long term learning in vernier acuity effects of stimulus orientation range and of feedback"),
(42,"fahle m edelman s","","vision research","",""),
(43,"fahle m edelman s and poggio t","","vision research","1995","fast perceptual learning in hyperacuity"),
(44,"fahle m edelman s and poggio t","","vision research","1995","fast perceptual learning in hyperacuity"),
(45,"fahle m edelman s and poggio t","","vision research","1995","fast perceptual learning in hyperacuity"),
(46,"fahle m edelman s poggio t","","vision research","",""),
(47,"fahle m","","vision research","1997","specificity of learning curvature orientation and vernier discriminations"),
(48,"fahle m","","vision research","",""),
] + [(i,"lennart e fahlen charles grant brown olov stahl and christer carlsson","in proceedings of interchi 93","","1993","a space based model for user interaction in shared synthetic environments") for i in range(49,54)] + [
(54,"s fahlman","","artificial intelligence","1974","a planning system for robot construction tasks"),
(55,"s fahlman","","artificial intelligence","1974","a planning system for robot construction tasks"),
(56,"scott elliott fahlman","","artificial intelligence","1974","a planning system for robot construction tasks"),
(57,"scott elliott fahlman","","artificial intelligence","1974","a planning system for robot construction tasks"),
(58,"fahlman s e","","artificial intelligence","1974","a planning system for robot construction tasks"),
(59,"fahlman s e","","artificial intelligence","1974","a planning system for robot construction tasks"),
(60,"s e fahlman","","artificial intelligence","1974","a planning system for robot construction tasks"),
(61,"s e fahlman","","artificial intelligence","1974","a planning system for robot construction tasks"),
(62,"s e fahlman","","artificial intelligence","1974","a planning system for robot construction tasks"),
(63,"s fahlman","","artificial intelligence","1974","a planning system for robot construction tasks"),
(64,"s f fahlman","artifical intel lignece 5 pp","","1974","a planning system for robot construction tasks"),
(65,"s e fahlman","","artificial intelligence","1974","a planning system for robot construction tasks"),
(66,"scott elliott fahlman","","artificial intelligence","1974","a planning system for robot construction tasks"),
] + [(i, a, "", "", y, t) for i, a, y, t in [
(67,"fahlman s e","1979","netl a system for representing and using real world knowledge"),
(68,"s e fahlman","1979","netl a system for representing and using real world knowledge"),
(69,"fahlman s","1979","netl a system for representing and using real world knowledge"),
(70,"fahlman s e","1979","netl a system for representing and using real world knowledge"),
(71,"fahlman s e","1979","netl a system for representing and using real world knowledge"),
(72,"fahlman s e","1979","netl a system for representing and using real world knowledge"),
(73,"fahlman s e","1979","netl a system for representing and using real world knowledge"),
(74,"fahlman s e","1979","netl a system for representing and using real world knowledge"),
(75,"fahlman s e","1979","netl a system for representing and using real world knowledge"),
(76,"fahlman s e","1979","netl a system for representing and using real world knowledge"),
(77,"fahlman s e","1979","netl a system for representing and using real world knowledge"),
(78,"fahlman s e","1979","netl a system for representing and using real world knowledge cam bridge"),
(79,"fahlman s e","1979","netl a system for representing and using real world knowledge"),
(80,"fahlman s e","1979","netl a system for representing and using real world knowledge"),
(81,"scott e fahlman","1979","netl a system for representing and using real world knowledge"),
(82,"s e fahlman","1979","netl a system for representing and using real world knowledge"),
(83,"s e fahlman","","netl a system for representing real world knowledge"),
(84,"scott e fahlman","1979","a system for representing and using real world knowledge"),
(85,"scott e fahlman","1979","a system for representing and using real world knowledge"),
(86,"scott e fahlman","1979","netl a system for representing and using real world knowledge"),
(87,"s fahlman","1979","netl a system for representing and using real world knowledge"),
(88,"scott e fahlman","1979","netl a system for representing real world knowledge"),
(89,"scott e fahlman","1979","netl a system for representing and using real world knowledge"),
(90,"s fahlman","1979","netl a system for representing and using real world knowledge"),
(91,"scott e fahlman","1979","netl a system for representing and using real world knowledge"),
(92,"fahlman s e","1979","netl a system for representing and using real world knowledge"),
(93,"s fahlman","1979","netl a system for representing and using real world knowledge"),
(94,"s e fahlman","1977","netl a system for representing and using real world knowledge"),
(95,"s e fahlman","1979","netl a system for representing and using real world knowledge"),
(96,"s e fahlman","1979","netl a system for representing and using real world knowledge"),
(97,"s fahlman","1979","netl a system for representing and using real world knowledge"),
(98,"s fahlman","1979","netl a system for representing and using real world knowledge"),
(99,"scott e fahlman","1979","netl a system for representing and using real world knowledge"),
]] + [
(100,"scott e fahlman","in the first annual conference on artificial intelligence aaai","","1980","design sketch for a million element netl machine"),
(101,"fahlman s","parallel models of associative memory","","1981","representing implicit knowledge"),
(102,"fahlman s touretzky d and van roggen w","in proc ijcai 81","","","cancellation in a parallel semantic network"),
(103,"scott e fahlman","parallel processing in artificial intelligence parallel computing","","1985","extended abstract"),
(104,"fahlman s hinton g","","computer","1987","connectionist architectures for artificial intelligence"),
(105,"scott e fahlman and geoffrey e hinton","","computer","1987","connectionist architectures for artificial intelligence"),
(106,"fahlman s and hinton g","","computer","1987","connectionist architectures for artificial intelligence"),
(107,"s e fahlman","proc of the 1988 connectionist models summer school","","1989","faster learning variations on back propagation an empirical study"),
(108,"fahlman s","proc of the connectionist model summer school","","1988","faster learning variations on backpropagation an empirical study"),
(109,"fahlman s e","t","","1988","faster learning variations on back propagation"),
(110,"fahlman s e","proceedings of the 1988 connectionist models summer school","","1989","faster learning variations on back propagation an empirical study"),
(111,"fahlman s e","in proc 1988 connectionist models summer school","","1988","faster learning variations on backpropagation an empirical study"),
(112,"fahlman s e","proc 1988 connectionist models summer school","","1989","fast learning variations on back propagation an empirical study"),
(113,"fahlman s e","proceedings of the 1988 connectionist models summer school","","1988","fast learning variations on backpropagation an empirical study"),
(114,"fahlman s e","proceedings of the 1988 connectionist models summer school","","1989","fast learning variations on back propagation an empirical study"),
(115,"fahlman s e","proceedings of the 1988 connectionist models summer school","","1989","fast learning variations on back propagation an empirical study"),
(116,"fahlman s e","proceedings of the 1988 connectionist models summer school","","1989","fast learning variations on back propagation an empirical study"),
(117,"fahlman s e","proceedings of the 1988 connectionist models summer school","","1989","fast learning variations on back propagation an empirical study"),
(118,"s fahlman","in procs of the 1988 connectionist models summer school","","1988","faster learning variations on back propagation an empirical study"),
(119,"s e fahlman","proceedings of the 1988 connectionist models summer school","","","fast learning variations on back propagation an empirical study"),
(120,"s e fahlman","in proceedings of the 1988 connectionist models summer school","","1988","faster learning variations on back propagation an empirical study"),
(121,"scott e fahlman","","","1988","faster learning variations on back propagation an empirical study"),
(122,"fahlman s","proceedings of the 1988 connectionist models summer school","","1988","e faster learning variations of backpropagation an empirical study"),
(123,"fahlman s","proceedings of the 1988 connectionist models summer school","","1988","e faster learning variations of backpropagation an empirical study"),
(124,"fahlman s","proceedings of the 1988 connectionist models summer school","","1988","e faster learning variations of backpropagation an empirical study"),
(125,"fahlman s e","proceedings of the 1988 connectionist models summer school","","1989","fast learning variations on back propagation an empirical study"),
(126,"fahlman s e","proceedings of 1988 connectionist models summer school","","","1988 faster learning variations on back propagation an empiri cal study"),
(127,"s e fahlman","proceedings of the 1988 connectionist models summer school","","1988","faster learning variations on back propagation an empirical study"),
(128,"s e fahlman","in 1988 connectionist models summer school","","1988","faster learning variations on backpropagation an empirical study in t j"),
(129,"fahlman s e","proceedings of the 1988 connectionist models summer school","","1988","faster learning variations of backpropagation an empirical study"),
(130,"s fahlmann","proceedings of the 1988 connectionist models summer school","","1988","faster learning variations on backpropagation an empirical study"),
(131,"s fahlmann","proceedings of the 1988 connectionist models summer school","","1988","faster learning variations on backpropagation an empirical study"),
(132,"s e fahlman","in 1988 connectionist models summer school","","1988","faster learning variations on backpropagation an empirical study"),
(133,"fahlman s","proc of the 1988 connectionist models summer school","","1988","faster learning variations on back propagation an empirical study in"),
(134,"s e fahlman","in proceedings of the 1988 connectionist models summer school","","1988","faster learning variations on back propagation an empirical study"),
(135,"scott e fahlman","in proceedings of the 1988 connectionist models summer school pitts burg 1988","","","faster learning variations on back propagation an empirical study"),
(136,"s fahlman","proceedings of the 1988 connectionist models summer school","","1988","faster learning variations on backpropagation an empirical study"),
(137,"s fahlman","proceedings of the 1988 connectionist models summer school","","1988","faster learning variations on backpropagation an empirical study"),
(138,"s fahlman","in connectionist models summer school","","1988","faster learning variations on back propagation an empirical study"),
(139,"s e fahlman","in proceedings of the 1988 connectionist models summer school","","1988","faster learning variations on back propagation an empirical study"),
(140,"s e fahlman","in proceedings of the 1988 connectionist models summer school","","1988","faster learning variations on backpropagation an empirical study"),
(141,"s e fahlman","connectionist models summer school 1988 proceedings","","","fast learning variations on back propagation an empirical study"),
(142,"s e","in proceedings of the 1988 connectionist summer school","","","fahlman 1988 faster learning variations on back propagation an empirical study"),
(143,"s e","in proceedings of the 1988 connectionist models summer school","","","fahlman 1988 faster learning variations on backpropagation an empirical study"),
(144,"fahlman s e","in proceedings of the 1988 connectionist models summer school","","1989","fast learning variations on backpropagation an empirical study"),
(145,"scott fahlman","in proceedings of the 1988 connectionist models summer school","","1988","faster learning variations on back propagation an empirical study"),
]
# Where each cluster of records 1-145 starts (record 121, a technical report, is a cluster of its own).
STARTS = [1,9,10,11,12,15,16,19,24,25,26,27,30,32,34,36,37,38,39,40,43,47,49,54,67,100,101,102,103,104,107,146]


def cluster(record: int) -> int:
    """The cluster (its first record) a record of 1-145 belongs to."""
    return 121 if record == 121 else max(start for start in STARTS if start <= record)

# (authors, booktitle, date, title) of Cascade-Correlation copies, all one paper.
CASCOR = [
    ('fahlman s e lebiere c', 'in advances in neural information processing systems', '1990', 'the cascade correlation architecture'),
    ('fahlman s e and lebiere c', 'advances in neural information processing systems', '1990', 'the cascade correlation learning architecture'),
    ('fahlman s e and lebiere c', 'nips', '1990', 'the cascade correlation learning architecture'),
    ('fahlmann s e and lebiere c', 'in advances in neural information processing systems 2 nips 2', '1989', 'the cascade correlation learning architecture'),
    ('s e fahlman c lebiere', 'advances in neural information processing systems', '1990', 'the cascade correlation learning architecture'),
    ('s fahlman and c lebiere', 'in adv in neural info processing systems', '1989', 'the cascade correlation learning architecture'),
    ('s e fahlman and c lebiere', 'in advances in neural information processing systems', '1989', 'the cascade correlation learning architecture'),
    ('s e fahlman and c lebiere', 'advances in neural information processing systems', '', 'the cascade correlation learn ing architecture in d s'),
    ('s fahlman and c lebiere', 'neural information systems', '1990', 'the cascade correlation learning algorithm'),
    ('fahlmann scott c lebiere', 'in advances in neural information processing', '', 'the cascade correlation learning architechture'),
    ('fahlman s e and lebiere c', 'in advances in neural information processing systems ii denver 1989', '1990', 'the cascade correlation learning architecture'),
    ('s e fahlman and c lebiere', 'in ad vances in neural information processing systems ii', '1989', 'the cascade correlation learning architecture'),
    ('scott e fahlman and christian lebiere', 'in 13', '1990', 'the cascade correlation learning architec ture'),
    ('s e fahlman and c lebiere', 'advances in neural information processing structures', '1990', 'the cascade correlation architecture'),
    ('s fahlman and c lebiere', 'advances in neural information processing systems', '1989 1990', 'the cascade correlation learning architecture'),
    ('fahlman scott e', 'in advances in neural information processing systems', '1990', 'the cascade correlation learning architecture'),
    ('s e fahlman and lebiere c', 'in advances in neural information processing systems', '1990', 'the cascaded correlation learning architecture'),
]

# Records 1278-1423 of HPI's cora.csv, every column as it ships but `authors_original` (the same as `authors` in
# each of these rows; `hpi_csv` writes it back), read after the experiment's rules were made on 1-145: a held-out
# check. Transcribed from the public copy, 2026-12-02.
HPI_HEADER = "address;authors;authors_original;booktitle;date;editor;editors_original;id;institution;journal;month;note;pages;publisher;tech;title;type;volume;year"
HPI_1278 = r"""
;m e connel and p e utgoff ;in proceeedings aaai 87;;;;1278;;;;;pages 456 459;;;learning to control a dynamic physical system ;;;1987
san mateo ca ;connell m e and utgoff p e ;in sixth national conference on artificial intelligence ;;;;1279;;;;;pages 456 460;morgan kaufmann ;;learning to control a dynamic physical system ;;;1987
san mateo ca ;connell m e and utgoff p e ;in sixth national conference on artificial intelligence ;;;;1280;;;;;pages 456 460;morgan kaufmann ;;learning to control a dynamic physical system ;;;1987
seattle wa ;connell m e utgoff p e ;in proceedings of the sixth national conference on artificial intelligence;;;;1281;;;;;pp 456 460;morgan kaufmann ;;learning to control a dynamic physical system ;;;1987
seattle wa ;connell m e utgoff p e ;in proceedings of the sixth national conference on artificial intelligence;;;;1282;;;;;pp 456 460;morgan kaufmann ;;learning to control a dynamic physical system ;;;1987
seattle wa ;connell m e utgoff p e ;in proceedings of the sixth national conference on artificial intelligence;;;;1283;;;;;pp 456 460;morgan kaufmann ;;learning to control a dynamic physical system ;;;1987
seattle wa ;connell m e utgoff p e ;in proceedings of the sixth national conference on artificial intelligence;;;;1284;;;;;pp 456 460;morgan kaufmann ;;learning to control a dynamic physical system ;;;1987
seattle ;m connell and p utgoff ;in proceedings aaai 87;;;;1285;;;;;456 460;american association for arti ficial intelligence ;;learning to control a dynamic physical system ;;vol 2;1987
seattle ;m connell and p utgoff ;in proceedings aaai 87;;;;1286;;;;;456 460;american association for artificial intelligence ;;learning to control a dynamic physical system ;;vol 2;1987
seattle ;m connell and p utgoff ;in proceedings aaai 87;;;;1287;;;;;456 460;american association for artificial intelligence ;;learning to control a dynamic physical system ;;vol 2;1987
;craven m w shavlik j w ;proceedings of the tenth international conference on machine learning ;;in p utgoff ed ;;1288;;;;;pp 73 80;morgan kaufmann ;;learning symbolic rules using artificial neural networks ;;;1993
;craven m w shavlik j w ;proceedings of the tenth international conference on machine learning ;;in p utgoff ed ;;1289;;;;;pp 73 80;morgan kaufmann ;;learning symbolic rules using artificial neural networks ;;;1993
san mateo ca ;mark w craven and jude w shavlik ;proceedings of the tenth international conference on machine learning ;;in paul e utgoff editor ;;1290;;;;to appear;;morgan kaufmann ;;learning symbolic rules using artificial neural networks ;;;1993
san mateo ca ;mark w craven and jude w shavlik ;proceedings of the tenth international conference on machine learning ;;in paul e utgoff editor ;;1291;;;;to appear ;;morgan kaufmann ;;learning symbolic rules using artificial neural networks ;;;1993
san mateo ca ;mark w craven and jude w shavlik ;proceedings of the tenth international conference on machine learning ;;in paul e utgoff editor ;;1292;;;;to appear ;;morgan kaufmann ;;learning symbolic rules using artificial neural networks ;;;1993
;m w craven and j w shavlik ;proceedings of the tenth international conference on machine learning ;;in paul e utgoff editor ;;1293;;;;;;morgan kaufmann ;;learning symbolic rules using artificial neural networks ;;;1993
;m w craven and j w shavlik ;proceedings of the tenth international conference on machine learning ;;in paul e utgoff editor ;;1294;;;;;;morgan kaufmann ;;learning symbolic rules using artificial neural networks ;;;1993
;m w craven and j w shavlik ;proceedings of the tenth international conference on machine learning ;;in paul e utgoff editor ;;1295;;;;;;morgan kaufmann ;;learning symbolic rules using artificial neural networks ;;;1993
;danyluk a p and f j provost;proceedings of the 10th international conference on machine learning;;p utgoff editor ;;1296;;;;;pp 81 88;;;small disjuncts in action learning to diagnose errors in the local loop of the telephone network ;;;1993
;danyluk a provost f ; machine learning proceedings of the tenth international conference ;;in p utgoff ed ;;1297;;;;;pp 81 88;morgan kaufmann publishers inc ;;small disjuncts in action learning to diagnose errors in the telephone network local loop ;;;1993
;b a draper carla e brodley and paul e utgoff ;;;;;1298;;ieee trans on pattern analysis and machine intelligence ;;;888;;;goal directed classification using linear machine decision trees ;;16 9;1994
;b a draper carla e brodley and paul e utgoff ;;;;;1299;;ieee trans on pattern analysis and machine intelligence ;;;888;;;goal directed classification using linear machine decision trees ;;16 9;1994
;draper b a brodley c e utgoff p e ;;;;;1300;;ieee transactions on pattern analysis and machine intelligence;;;888 893;;; goal directed classification using linear machine decision trees ;;16 9;1994
;draper b a brodley c e utgoff p e ;;;;;1301;;ieee transactions on pattern analysis and machine intelligence;;;888 893;;; goal directed classification using linear machine decision trees ;;16 9;1994
;draper b a brodley c e utgoff p e ;;;;;1302;;ieee transactions on pattern analysis and machine intelligence ;;;888 893;;;goal directed classification using linear machine decision trees ;;16;1994
;b a draper carla e brodley and paul e utgoff ;;;;;1303;;ieee transactions on pattern analysis and machine intelligence ;;;888;;;goal directed classification using linear machine decision trees ;;16 9;1994
;b a draper carla e brodley and paul e utgoff ;;;;;1304;;ieee transactions on pattern analysis and machine intelligence ;;;888;;;goal directed classification using linear machine decision trees ;;16 9;1994
;b a draper carla e brodley and paul e utgoff ;;;;;1305;;ieee transactions on pattern analysis and machine intelligence ;;;888;;;goal directed classification using linear machine decision trees ;;16 9;1994
;b a draper carla e brodley and paul e utgoff ;;;;;1306;;ieee transactions on pattern analysis and machine intelligence ;;;888;;;goal directed classification using linear machine decision trees ;;16 9;1994
;b a draper carla e brodley and paul e utgoff ;;;;;1307;;ieee transactions on pattern analysis and machine intelligence ;;;888;;;goal directed classification using linear machine decision trees ;;16 9;1994
;b a draper carla e brodley and paul e utgoff ;;;;;1308;;ieee transactions on pattern analysis and machine intelligence ;;;888;;;goal directed classification using linear machine decision trees ;;16 9;1994
;b a draper carla e brodley and paul e utgoff ;;;;;1309;;ieee transactions on pattern analysis and machine intelligence ;;;888;;;goal directed classification using linear machine decision trees ;;16 9;1994
;b a draper carla e brodley and paul e utgoff ;;;;;1310;;ieee transactions on pattern analysis and machine intelligence ;;;888;;;goal directed classification using linear machine decision trees ;;16 9;1994
;b a draper carla e brodley and paul e utgoff ;;;;;1311;;ieee transactions on pattern analysis and machine intelligence ;;;888;;;goal directed classification using linear machine decision trees ;;16 9;1994
;bruce a draper carla e brodley and paul e utgoff ;;;;;1312;;ieee transactions on pattern analysis and machine intelligence ;september;;888 893;;;goal directed classification using linear machine decision trees ;;16 9;1994
;b draper c e brodley and p utgoff ;;;;;1313;;ieee trans on pattern analysis and machine intelligence ;;;;;;goal directed classification using linear machine decision trees ;;16 9;1994
;b draper c e brodley and p utgoff ;;september 1994 9;;;1314;;ieee trans on pattern analysis and machine intelligence ;; to appear ;;;;goal directed classification using linear machine decision trees ;;16 9;
san mateo ;fawcett t e and utgoff p e ;in proceedings of the eighth international workshop on machine learning ;;ed l a birnbaum and g c collins ;;1315;;;;;137 141;morgan kaufmann ;;a hybrid method for feature generation ;;;1991
san mateo ca ;fawcett t e utgoff p e ;proceedings of the eighth international workshop on machine learning;;;;1316;;;;;pp 137 141;morgan kaufmann ;;a hybrid method for feature generation ;;;1991
evanston il ;fawcett t e utgoff p e ;machine learning proceedings of the eighth international workshop;;;;1317;;;;;pp 137 141;morgan kaufmann ;;a hybrid method for feature generation ;;;1991
evanston il ;fawcett t e utgoff p e ;proceedings of the eighth international workshop;;;;1318;;;;;pp 137 141;morgan kaufmann ;;a hybrid method for feature generation machine learning ;;;1991
evanston ill ;fawcett t e and utgoff p e ;proceedings of the eight international workshop on machine learning ;;;;1319;;;;;pp 137 141;;;a hybrid method for feature generation ;;;1991
evanston ill ;fawcett t and utgoff p ;proceedings of the eighth international workshop on machine learning;;;;1320;;;;;pp 137 141;;;a hybrid method for feature generation ;;;1991
evanston ill ;fawcett t and utgoff p ;proceedings of the eighth international workshop on machine learning;;;;1321;;;;;pp 137 141;;;a hybrid method for feature generation ;;;1991
;fawcett t e utgoff p e ;in proceeding of the 9th international workshop on machine learning;;;;1322;;;;;p144 153;;;automatic feature generation for problem solving systems ;;;1992
uk ;fawcett t and utgoff p ;in proceedings of the ninth international conference on machine learning ;;;;1323;university of aberdeen ;;;;pages 144 153;morgan kaufmann ;;automatic feature generation for problem solving systems ;;;1992
uk ;fawcett t and utgoff p ;in proceedings of the ninth international conference on machine learning ;;;;1324;university of aberdeen ;;;;pages 144 153;morgan kaufmann ;;automatic feature generation for problem solving systems ;;;1992
uk ;fawcett t and utgoff p ;in proceedings of the ninth international conference on machine learning ;;;;1325;university of aberdeen ;;;;pages 144 153;morgan kaufmann ;;automatic feature generation for problem solving systems ;;;1992
amherst ma ;tom e fawcett paul e utgoff ;;;;;1326;university of massachusetts ;;jan;;;;;automatic feature generation for problem solving systems ;coins technical report 92 9;;1992
;t e fawcett and p e utgoff ;;;;;1327;university of mas sachusetts at amherst ma department of computer and information science ;;;discusses work forthcoming in a phd dissertation about a system to derive features relevant to solving a problem from automatic analysis of the structure of the problem ;;;;automatic feature generation for prob lem solving systems ;technical report 92 9 coins;;1992
;tom fawcett and paul utgoff ;;;;;1328;;;;;;;;automatic feature generation for problem solving systems ;coins tech report 92 9;;1992
san mateo ca ;t e fawcett and p e utgoff ;proceedings of the ninth international workshop on machine learning ;;;;1329;;;;;144 153;morgan kaufmann ;;automatic feature generation for problem solving systems ;;;
scotland ;tom e fawcett and paul e utgoff ;proceedings of the ninth interntational workshop on machine learning aberdeen ;;in derek sleeman and peter edwards editors ;;1330;;;;;;;;automatic feature generation for problem solving systems ;;;1992
;usama m fayyad nicholas weir and d djorgovski skicat ;in ml 93;;editor paul e utgoff ;;1331;;;;;pages 112 119;;;a machine learning system for automated cataloging of large scale sky surveys ;;;
;usama m fayyad nicholas weir and d djorgovski skicat ;in ml 93;;editor paul e utgoff ;;1332;;;;;pages 112 119;;;a machine learning system for automated cataloging of large scale sky surveys ;;;
;usama m fayyad nicholas weir and d djorgovski skicat ;in ml 93;;editor paul e utgoff ;;1333;;;;;pages 112 119;;;a machine learning system for automated cataloging of large scale sky surveys ;;;
;usama m fayyad nicholas weir and d djorgovski skicat ;in ml 93;;editor paul e utgoff ;;1334;;;;;pages 112 119;;;a machine learning system for automated cataloging of large scale sky surveys ;;;
;usama m fayyad nicholas weir and d djorgovski skicat ;in ml 93;;editor paul e utgoff ;;1335;;;;;pages 112 119;;;a machine learning system for automated cataloging of large scale sky surveys ;;;
;usama m fayyad nicholas weir and d djorgovski skicat ;in ml 93;;editor paul e utgoff ;;1336;;;;;pages 112 119;;;a machine learning system for automated cataloging of large scale sky surveys ;;;
;usama m fayyad nicholas weir and d djorgovski skicat ;in ml 93;;editor paul e utgoff ;;1337;;;;;pages 112 119;;;a machine learning system for automated cataloging of large scale sky surveys ;;;
;usama m fayyad nicholas weir and d djorgovski skicat ;in ml 93;;editor paul e utgoff ;;1338;;;;;pages 112 119;;;a machine learning system for automated cataloging of large scale sky surveys ;;;
;usama m fayyad nicholas weir and d djorgovski skicat ;in ml 93;;editor paul e utgoff ;;1339;;;;;pages 112 119;;;a machine learning system for automated cataloging of large scale sky surveys ;;;
;huffman s b laird j e ;machine learning proceedings of the tenth international conference ;;in utgoff p ed ;;1340;;;;;;;;learning procedures from interactive natural language instructions ;;;1993
;huffman s b laird j e ;machine learning proceedings of the tenth international conference ;;in utgoff p ed ;;1341;;;;;;;;learning procedures from interactive natural language instructions ;;;1993
;s b huffman and j e laird ;proceedings of the tenth international conference ;;p utgoff editor ;;1342;;;;;;;;learning procedures from interactive natural language instructions in machine learning ;;;1993
;scott b huffman and john e laird ;machine learning proceedings of the tenth international conference ;;in p utgoff editor ;;1343;;;;;;;;learning procedures from inter active natural language instructions ;;;1993
;scott b huffman and john e laird ;machine learning proceedings of the tenth international conference ;;in p utgoff editor ;;1344;;;;;;;;learning procedures from inter active natural language instructions ;;;1993
;scott b huffman and john e laird ;machine learning proceedings of the tenth international conference ;;in p utgoff editor ;;1345;;;;;;;;learning procedures from inter active natural language instructions ;;;1993
;scott b huffman and john e laird ;machine learning proceedings of the tenth international conference ;;in p utgoff editor ;;1346;;;;;;;;learning procedures from interactive natural language instructions ;;;1993
;david s johnson ;;;;;1347;;journal of algorithms ;;;381 395;;;the np completeness column an outgoing guide ;;3;1982
;jordan m i jacobs r a ;proceedings of the tenth international conference on machine learning ;;in p utgoff ed ;;1348;;;;;;morgan kaufmann ;;supervised learning and divide and conquer a statistical approach ;;;1993
;m jordan and r jacobs ;proceedings of the tenth international conference on machine learning ;;in p utgoff editor ;;1349;;;;;pages 159 166;morgan kaufmann ;;supervised learning and divide and conquer a statistical approach ;;;1993
san mateo ca ;l p kaelbling ;proceedings of the tenth international conference on machine learning ;;in p e utgoff editor ;;1350;;;;;pages 167173;morgan kaufmann ;;hierarchical learning in stochastic domains preliminary results ;;;1993
san mateo ca ;l p kaelbling ;proceedings of the tenth international conference on machine learning ;;in p e utgoff editor ;;1351;;;;;pages 167173;morgan kaufmann ;;hierarchical learning in stochastic domains preliminary results ;;;1993
san mateo ca ;l p kaelbling ;proceedings of the tenth international conference on machine learning ;;in p e utgoff editor ;;1352;;;;;pages 167173;morgan kaufmann ;;hierarchical learning in stochastic domains preliminary results ;;;1993
;l p kaelbling ;proceedings of the tenth international conference on machine learning ;;in paul e utgoff editor ;;1353;;;;;;morgan kaufmann ;;hierarchical learning in stochastic domains preliminary results ;;;1993
;mccallum r a ;machine learning proceedings of the tenth international conference ;;in utgoff p ed ;;1354;;;;;pages 190 196;morgan kaufmann ;;overcoming incomplete perception with utile distinction memory ;;;1993
;mccallum r a ;machine learning proceedings of the tenth international conference ;;in utgoff p ed ;;1355;;;;;pages 190 196;morgan kaufmann ;;overcoming incomplete perception with utile distinction memory ;;;1993
;mccallum r a ;machine learning proceedings of the tenth international conference ;;in utgoff p ed ;;1356;;;;;pages 190 196;morgan kaufmann ;;overcoming incomplete perception with utile distinction memory ;;;1993
san mateo ca ;r andrew mccallum ;proceedings of the tenth international conference on machine learning ;;in paul e utgoff editor ;;1357;;;;;pages 190 196;morgan kaufmann ;;overcoming incomplete perception with utile distinction memory ;;;1993
;r a mccallum ;machine learning proceedings of the tenth international conference ;;in p utgoff editor ;;1358;;;;;pages 190 196;morgan kaufmann ;;overcoming incomplete perception with utile distinction memory ;;;1993
;r a mccallum ;machine learning proceedings of the tenth international conference ;;in p utgoff editor ;;1359;;;;;pages 190 196;morgan kaufmann ;;overcoming incomplete perception with utile distinction memory ;;;1993
;a mehra z wang and k shin ;;;;;1360;;;;available at ftp rtcl eecs umich edu outgoing ashish selfparam ps june 1998;;;;self parameterizing protocol stacks for guaranteed quality of service ;;;
;a mehra z wang and k shin ;;;;;1361;;;;available at ftp rtcl eecs umich edu outgoing ashish selfparam ps june 1997 27;;;;self parameterizing protocol stacks for guaranteed quality of service ;;;
;a mehra z wang and k shin ;;;;;1362;;;;available at ftp rtcl eecs umich edu outgoing ashish selfparam ps june 1998 29;;;;self parameterizing protocol stacks for guaranteed quality of service ;;;
;a mehra z wang and k shin ;;;;;1363;;;;available at ftp rtcl eecs umich edu outgoing ashish selfparam ps june 1998 27;;;;self parameterizing protocol stacks for guaranteed quality of service ;;;
cambridge ca ;minton s drummond m bresina j l phillips a b ;in proceedings of the third international conference on principles of knowledge representation and reasoning ;;;;1364;;;;;pp83 92;;;total order vs partial order planning factors influencing performance ;;;1992
cambridge ca ;minton s drummond m bresina j l phillips a b ;in proceedings of the third international conference on principles of knowledge representation and reasoning ;;;;1365;;;;;pp 83 92;;;total order vs partial order planning factors influencing performance ;;;1992
;t m mitchell p e utgoff b nudel r b ;in proceedings of the seventh international joint conference on ai 127 134 1981;;;;1366;;;;;;;;banerji learning problem solving heuristics through practice ;;;
palo alto california ;mitchell t m p e utgoff and r banerji ;in machine learning an artificial intelligence approach ;;ed r s michalski j g carbonell and t m mitchell ;;1367;;;;;163 190;tioga publishing ;;learning by experimentation acquiring and refining problemsolving heuristics;;;1983
san mateo ca ;mitchell t m utgoff p e banerji r b ;machine learning an artificial intelligence approach;;in r s michalski j g carbonell t m mitchell eds ;;1368;;;;;;morgan kaufmann ;;learning by experimentation acquiring and refining problem solving heuristics ;; vol i ;1983
san mateo ca ;mitchell t m utgoff p e banerji r b ;machine learning an artificial intelligence approach;;in r s michalski j g carbonell t m mitchell eds ;;1369;;;;;;morgan kaufmann ;;learning by experimentation acquiring and refining problem solving heuristics ;; vol i ;1983
san mateo ca ;mitchell t m utgoff p banerji r ;machine leaning an artificial intelligence approach;;in r michalski j carbonell t mitchell eds ;;1370;;;;;pp 163 190;m kaufmann ;;1983 learning by experimentation acquiring and refining problem solving heuristics;;;
palo alto california ;mitchell t utgoff p banerji r ;in machine learning an artificial intelligence approach volume i ;;;;1371;;;;;;tioga press ;;learning by experimentation acquiring and refining problem solving heuristics ;;;1983
palo alto california ;mitchell t utgoff p banerji r ;in machine learning an artificial intelligence approach volume i ;;;;1372;;;;;;tioga press ;;learning by experimentation acquiring and refining problem solving heuristics ;;;1983
palo alto california ;mitchell t utgoff p banerji r ;in machine learning an artificial intelligence approach ;;;;1373;;;;;;tioga press ;;learning by experimentation acquiring and refining problem solving heuristics ;;volume i ;1983
los altos ca ;mitchell t utgoff p e and banerji r ;machine learning an artificial intelligence approach ;;in r s michalski j g carbonell and t m mitchell eds ;;1374;;;;;pp 163 189;morgan kaufmann inc ;;learning by experimentation acquiring and refining problem solving heuristics ;;;1983
los altos ca ;mitchell t utgoff p e and banerji r ;machine learning an artificial intelligence approach ;;in r s michalski j g carbonell and t m mitchell eds ;;1375;;;;;pp 163 189;morgan kaufmann inc ;;learning by experimentation acquiring and refining problem solving heuristics ;;;1983
palo alto ca ;mitchell t utgoff p banerji r ;;;in michalski r carbonell j mitchell t eds ;;1376;;machine learning ;;;pp 163 190;tioga ;;learning by experimentation acquiring and refining problem solving heuristics ;;;1983
palo alto ca ;mitchell t utgoff p banerji r ;;;in michalski r carbonell j mitchell t eds ;;1377;;machine learning ;;;pp 163 190;tioga ;;learning by experimentation acquiring and refining problem solving heuristics ;;;1983
palo alto ca ;mitchell t utgoff p banerji r ;;;in michalski r carbonell j mitchell t eds ;;1378;;machine learning ;;;pp 163 190;tioga ;;learning by experimentation acquiring and refining problem solving heuristics ;;;1983
palo alto ca ;mitchell t utgoff p banerji r ;;;in michalski r carbonell j mitchell t eds ;;1379;;machine learning ;;;pp 163 190;tioga ;;learning by experimentation acquiring and refining problem solving heuristics ;;;1983
;mitchell t utgoff p banerji r ;machine learning an artificial intelligence approach ;;in michalski r et al eds ;;1380;;;;;;morgan kaufmann ;;learning by experimentation acquiring and refining problem solving heuristics ;;vol 1;1983
;mitchell t utgoff p banerji r ;machine learning an artificial intelligence approach ;;in michalski r et al eds ;;1381;;;;;;morgan kaufmann ;;learning by experimentation acquiring and refining problem solving heuristics ;;vol 1;1983
;mitchell t utgoff p and banerji r ;an artificial intelligence approach chapter 6;;;;1382;;;;;pp 163 190;springer verlag ;;learning by experimentation acquiring and refining problem solving heuristics in machine learning ;;;1984
palo alto ca ;mitchell t utgoff t banerji r ;machine learning an artificial intelligence approach ;;in michalski r mitchell t carbonell j eds ;;1383;;;;;;morgan kaufmann ;;learning problem solving heuristics by experimentation ;;;1983
palo alto ca ;mitchell t utgoff t banerji r ;machine learning an artificial intelligence approach ;;in michalski r mitchell t carbonell j eds ;;1384;;;;;;morgan kaufmann ;;learning problem solving heuristics by experimentation ;;;1983
palo alto ca ;mitchell t utgoff t banerji r ;machine learning an artificial intelligence approach ;;in michalski r mitchell t carbonell j eds ;;1385;;;;;;morgan kaufmann ;;learning problem solving heuristics by experimentation ;;;1983
palo alto ca ;mitchell t utgoff t and banerji r ;machine learning an artificial intelligence approach ;;in michalski r mitchell t and carbonell j editors ;;1386;;;;;;morgan kaufmann ;;learning problem solving heuristics by experimentation ;;;1983
;mitchell t m utgoff p and banerji r ;an artificial intelligence approach ;; eds michalski et al ;;1387;;;;;;;;learning by experimentation acquiring and refining problem solving heuristics in machine learning ;;;1983
san mateo ca ;mitchell t m utgoff p e and banerji r ;;;mitchell eds r s michalski j g carbonell and t m ;;1388;;;;;pp 163 189;morgan kaufman publishers ;;learning by experimentation acquiring and refining problem solving heuristics machine learning an artificial intelligence approach ;;;1983
san mateo ca ;mitchell t m utgoff p e and banerji r ;;;mitchell eds r s michalski j g carbonell and t m ;;1389;;;;;pp 163 189;morgan kaufman publishers ;;learning by experimentation acquiring and refining problem solving heuristics machine learning an artificial intelligence approach ;;;1983
san mateo ca ;mitchell t m utgoff p e and banerji r ;;;mitchell eds r s michalski j g carbonell and t m ;;1390;;;;;pp 163 189;morgan kaufman publishers ;;learning by experimentation acquiring and refining problem solving heuristics machine learning an artificial intelligence approach ;;;1983
;mitchell t m utgoff p e and banerji r b ;in machine learning ;;;;1391;;;;;;morgan kaufmann ;;learning by experimentation acquiring and refining problem solving heuristics ;;;1983
;mitchell t m utgoff p e and banerji r b ;;;;;1392;;machine learning ;;;;morgan kaufmann ;;learning by experimentation acquiring and refining problem solving heuristics ;;;1983
;mitchell t m utgoff p e banerji r ;;;eds michalski carbonell mitchell ;;1393;;;;;;tioga press;;learning by experimentation acquiring and refining problem solving heuristics in machine learning;;;1983
;t mitchell utgoff p and banerji r ;in machine learning an artificial intelligence approach ;;r michalski ;;1394;;;;;;j ;;learning by experimentation acquiring and refining problemsolving heuristics ;;;
;t mitchell utgoff p and banerji r ;in machine learning an artificial intelligence approach ;;r michalski ;;1395;;;;;;j ;;learning by experimentation acquiring and refining problemsolving heuristics ;;;
;t m mitchell p e utgoff and r b banerji ;machine learning an artificial intelligence approach;;in r s michalski j g carbonell and t m mitchell editors ;;1396;;;;;;morgan kaufmann ;;learning by experimentation acquiring and refining problem solving heuristics ;; vol i ;1983
palo alto ca ;tom m mitchell paul e utgoff and ranan banerji ;in machine learning an artificial intelligence approach ;;;;1397;;;;;pages 163 190;morgan kaufmann ;;learning problem solving heuristics by experimentation ;;;1983
palo alto ca ;tom m mitchell paul e utgoff and ranan banerji ;in machine learning an artificial intelligence approach ;;;;1398;;;;;pages 163 190;morgan kaufmann ;;learning problem solving heuristics by experimentation ;;;1983
palo alto ca ;tom mitchell paul utgoff and ranan banerji ;in machine learning an artificial intelligence approach ;;;;1399;;;;;;tioga press ;;learning by experimentation acquiring and refining problem solving heuristics ;;volume i ;1983
;mitchell t utgoff p and banerji r ;machine learning an artificial intelligence approach ;;in michalski r and et al eds ;;1400;;;;;;morgan kaufmann ;;learning by experimentation acquiring and refining problem solving heuristics ;;volume 1;1983
palo alto california ;mitchell t m utgoff p e and banerji r ;machine learning an artificial intelligence approach ;;in r s michalski j g carbonell and t m mitchell eds ;;1401;;;;;;tioga ;;learning by experimentation acquiring and refining problemsolving heuristics ;;;1983
palo alto ca ;t m mitchell p e utgoff and r b banerji ;machine learning ;;in j g carbonell r s michalski and t m mitchell editors ;;1402;;;;;;tioga ;;learning by experimentation acquiring and refining problem solving heuristics ;;;1983
palo alto ca ;t mitchell t utgoff and r banerji ;machine learning an artificial intelligence approach ;;in r michalski t mitchell and j carbonell editors ;;1403;;;;;;morgan kaufmann ;;learning problem solving heuristics by experimentation ;;;1983
palo alto ca ;t mitchell t utgoff and r banerji ;machine learning an artificial intelligence approach ;;in r michalski t mitchell and j carbonell editors ;;1404;;;;;;morgan kaufmann ;;learning problem solving heuristics by experimentation ;;;1983
;t m mitchell p e utgoff and r b banerji ;machine learning an artificial intelligence approach;;in s michalski ryszard g carbonell jaime references 44 and t m mitchell editors;;1405;;;;;;morgan kaufmann ;;learning by experimentation acquiring and refining problem solving heuristics ;; volume i ;1983
;t m mitchell p e utgoff and r b banerji ;machine learning an artificial intelligence approach;;in s michalski ryszard g carbonell jaime references 44 and t m mitchell editors;;1406;;;;;;morgan kaufmann ;;learning by experimentation acquiring and refining problem solving heuristics ;; volume i ;1983
palo alto ;t m mitchell p e utgoff and r banerji ;machine learning an artificial intelligence approach ;;in r s michalski j g carbonell and t m mitchell editors ;;1407;;;;;pages 163 190;tioga publishing ;;learning by experimentation acquiring and refining problem solving heuristics ;;volume 1;1983
palo alto ca ;t m mitchell p utgoff and r banerji ;machine learning vol ;;in j g carbonell r s michalski and t m mitchell editors ;;1408;;;;;;tioga ;;learning by experimentation acquiring and refining problem solving heuristics ;;1;1983
san mateo ca ;mitchell t m utgoff p e banerji r b ;machine learning an artificial intelligence approach;;in r s michalski j g carbonell t m mitchell eds ;;1409;;;;;;morgan kaufmann ;;learning by experimentation acquiring and refining problem solving heuristics ;; vol i ;1983
;t m mitchell p e utgoff and r b banerji ;machine learning an artificial intelligence approach ;;in r s michalski j g carbonell and t m mitchell editors ;;1410;;;;;;morgan kaufmann ;;learning by experimentation acquiring and refining problem solving heuristics ;;volume 1;1983
palo alto ca ;mitchell t m utgoff p e and banerji r b ;machine learning an artificial intelligence approach ;;in r s michalski j g carbonell and t m mitchell eds ;;1411;;;;;;tioga press ;;learning by experimentation acquiring and refining problem solving heuristics ;;;1983
palo alto ca;tom m mitchell paul e utgoff and ranan banerji ;in machine 58 learning an artificial intelligence approach;;michalski ryszard s car bonell jamie g and mitchell tom m eds ;;1412;;;;;;tioga publishing company ;;learning by experimentation acquiring and refining problem solving heuristics;;volume i ;1983
los altos california ;t m mitchell p e utgoff and r banerji ;machine learning an artificial intelligence approach ;;in r s michalski j g carbonell and t m mitchell editors ;;1413;;;;;pages 163 190;morgan kaufmann ;;learning by experimentation acquiring and refining problem solving heuristics ;;vol 1;1983
los altos ca ;mitchell t m ;proceedings of ijcai 83;;;;1414;;;;;1139 1151;morgan kaufmann ;;learning and problem solving ;;;1983
;tom m mitchell paul e utgoff and ranan banerji ;;;in michalski et al ;;1415;;;;;pages 163 190;;;learning by experimentation acquiring and refining problem solving heuristics ;;30;
;tom m mitchaell and paul e utgoff ;in shavlik and dietterich;;;;1416;;;;;pages 510 522;;;learning by experimentation acquiring and refining problem solving heuristics ;;17;
;tom m mitchaell and paul e utgoff ;in shavlik and dietterich;;;;1417;;;;;pages 510 522;;;learning by experimentation acquiring and refining problem solving heuristics ;;17;
san mateo ca ;mitchell t and thrun s ;in proceedings of the tenth international conference on machine learning ;;p utgoff ed ;;1418;;;;http www informatik uni bonn de thrun mitchell ebl ml93 ps z;;morgan kaufmann ;;explanation based learning a comparison of symbolic and neural network approaches ;;;1993
san mateo ca ;tom m mitchell and sebastian thrun ;proceedings of the tenth international conference on machine learning ;;in paul e utgoff editor ;;1419;;;;;pages 197 204;morgan kaufmann ;;explanation based learning a comparison of symbolic and neural network approaches ;;;1993
san mateo ca ;tom m mitchell and sebastian thrun ;proceedings of the tenth international conference on machine learning ;;in paul e utgoff editor ;;1420;;;;;pages 197 204;morgan kaufmann ;;explanation based learning a comparison of symbolic and neural network approaches ;;;1993
san mateo ca ;tom m mitchell and sebastian thrun ;proceedings of the tenth international conference on machine learning ;;in paul e utgoff editor ;;1421;;;;;pages 197 204;morgan kaufmann ;;explanation based learning a comparison of symbolic and neural network approaches ;;;1993
san mateo ca ;tom m mitchell and sebastian thrun ;proceedings of the tenth international conference on machine learning ;;in paul e utgoff editor ;;1422;;;;;pages 197 204;morgan kaufmann ;;explanation based learning a comparison of symbolic and neural network approaches ;;;1993
san mateo ca ;tom m mitchell and sebastian thrun ;proceedings of the tenth international conference on machine learning ;;in paul e utgoff editor ;;1423;;;;;pages 197 204;morgan kaufmann ;;explanation based learning a comparison of symbolic and neural network approaches ;;;1993
"""
# The clusters of records 1278-1423 as the public copy of Cora labels them (a record not listed is its own): the
# tech report of 'automatic feature generation ...' (1326-1328) is one paper, its workshop version another; the
# reprint of 'learning by experimentation ...' in Shavlik and Dietterich's readings (1416-1417) another again.
CLUSTERS_1278 = [
    range(1278, 1288), range(1288, 1296), range(1296, 1298), range(1298, 1315), range(1315, 1322),
    [1322, 1323, 1324, 1325, 1329, 1330], range(1326, 1329), range(1331, 1340), range(1340, 1347), range(1348, 1350),
    range(1350, 1354), range(1354, 1360), range(1360, 1364), range(1364, 1366), [*range(1367, 1414), 1415],
    range(1416, 1418), range(1418, 1424),
]


def hpi_csv(rows: str) -> str:
    """HPI's CSV text of rows kept without `authors_original`: the header and each row with its authors twice."""
    lines = []
    for line in rows.strip("\n").split("\n"):
        address, authors, rest = line.split(";", 2)
        lines.append(";".join([address, authors, authors, rest]))
    return "\n".join([HPI_HEADER, *lines]) + "\n"


def cluster_1278(record: int) -> int:
    """The cluster (its first record) a record of 1278-1423 belongs to."""
    return next((min(members) for members in CLUSTERS_1278 if record in members), record)
